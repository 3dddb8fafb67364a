
namespace Defis.ServiceInfrastructure.Documents;

/// <summary>Puts a <see cref="DecisionLetter"/> on the platform's one page layout (<see cref="PdfPage"/>).</summary>
public static class DecisionLetterPdf
{
    public static byte[] Render(DecisionLetter letter) => PdfPage.Render(letter.DocumentTitle, page =>
    {
        page.Opening(letter.Heading, letter.Facts);
        page.Gap();
        foreach (var paragraph in letter.Paragraphs)
        {
            page.Text(paragraph);
        }
        page.Gap();
        page.Code(letter.DecisionLabel, letter.DecisionId.ToString());
        page.Note(letter.Issued);
    });
}
