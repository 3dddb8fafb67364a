using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Defis.Submission.Documents;

/// <summary>
/// Lays a <see cref="FilingReceipt"/> out on one A4 page with an embedded DejaVu Sans (<see cref="ReceiptFonts"/>). Every
/// line is drawn as one string, spaces included, so a reader (or a test) extracts the text exactly as written.
/// </summary>
public static class ReceiptPdf
{
    private const double Margin = 56;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public static byte[] Render(FilingReceipt receipt)
    {
        using var document = new PdfDocument();
        document.Info.Title = receipt.DocumentTitle;
        document.Info.Author = "Plateforme Défis";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var writer = new PageWriter(graphics, page.Width.Point - 2 * Margin);
            writer.Line(FilingReceipt.Heading, Font(18, bold: true), after: 18);
            foreach (var (label, value) in receipt.Facts)
            {
                writer.Line(label, Font(10, bold: true), after: 2);
                writer.Paragraph(value, Font(11), after: 10);
            }
            writer.Line(receipt.HashLabel, Font(10, bold: true), after: 2);
            writer.Line(receipt.ContentSha256, Font(9), after: 18);
            foreach (var sentence in receipt.Explanation)
            {
                writer.Paragraph(sentence, Font(9), after: 6);
            }
            writer.Paragraph(receipt.Issued, Font(9), after: 0);
        }
        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        return buffer.ToArray();
    }

    private static XFont Font(double size, bool bold = false) =>
        new(ReceiptFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    /// <summary>Writes lines down the page; a paragraph breaks at ordinary spaces only (no-break spaces hold).</summary>
    private sealed class PageWriter(XGraphics graphics, double width)
    {
        private double _y = Margin;

        public void Line(string text, XFont font, double after)
        {
            _y += font.GetHeight();
            graphics.DrawString(text, font, XBrushes.Black, new XPoint(Margin, _y));
            _y += after;
        }

        public void Paragraph(string text, XFont font, double after)
        {
            var line = "";
            foreach (var word in text.Split(' '))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
                {
                    Line(line, font, 1);
                    candidate = word;
                }
                line = candidate;
            }
            Line(line, font, after);
        }
    }
}
