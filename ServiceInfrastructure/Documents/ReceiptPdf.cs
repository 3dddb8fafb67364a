
namespace Defis.ServiceInfrastructure.Documents;

/// <summary>Puts a <see cref="FilingReceipt"/> on the platform's one page layout (<see cref="PdfPage"/>).</summary>
public static class ReceiptPdf
{
    public static byte[] Render(FilingReceipt receipt) => PdfPage.Render(receipt.DocumentTitle, page =>
    {
        page.Opening(FilingReceipt.Heading, receipt.Facts);
        page.Code(receipt.HashLabel, receipt.ContentSha256);
        foreach (var sentence in receipt.Explanation)
        {
            page.Note(sentence);
        }
        page.Note(receipt.Issued);
    });
}
