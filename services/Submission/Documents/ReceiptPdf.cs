using Defis.ServiceInfrastructure.Documents;

namespace Defis.Submission.Documents;

/// <summary>Puts a <see cref="FilingReceipt"/> on the platform's one page layout (<see cref="PdfPage"/>).</summary>
public static class ReceiptPdf
{
    public static byte[] Render(FilingReceipt receipt) => PdfPage.Render(receipt.DocumentTitle, page =>
    {
        page.Heading(FilingReceipt.Heading);
        foreach (var (label, value) in receipt.Facts)
        {
            page.Fact(label, value);
        }
        page.Code(receipt.HashLabel, receipt.ContentSha256);
        foreach (var sentence in receipt.Explanation)
        {
            page.Note(sentence);
        }
        page.Note(receipt.Issued);
    });
}
