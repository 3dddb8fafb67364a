using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Defis.ServiceInfrastructure.Documents;

/// <summary>
/// The one layout of our PDF documents (receipt, letters, notifications): an A4 page in DejaVu Sans
/// (<see cref="DocumentFonts"/>, embedded), a heading, labelled facts, then paragraphs. Every line is drawn as one
/// string, spaces included, so a reader (or a test) extracts the text exactly as written; a paragraph breaks at
/// ordinary spaces only, so no-break spaces hold. A document says what goes on the page; this says how it looks.
/// </summary>
public sealed class PdfPage
{
    private const double Margin = 56;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private readonly XGraphics _graphics;
    private readonly double _width;
    private double _y = Margin;

    private PdfPage(XGraphics graphics, double width) => (_graphics, _width) = (graphics, width);

    /// <summary>Renders one page titled <paramref name="title"/> (the file's metadata) and returns the PDF's bytes.</summary>
    public static byte[] Render(string title, Action<PdfPage> write)
    {
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Author = "Plateforme Défis";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            write(new PdfPage(graphics, page.Width.Point - 2 * Margin));
        }
        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        return buffer.ToArray();
    }

    public void Heading(string text) => Paragraph(text, Font(18, bold: true), after: 18);

    /// <summary>The top of every document: its heading, then its facts, each label over its value.</summary>
    public void Opening(string heading, IEnumerable<(string Label, string Value)> facts)
    {
        Heading(heading);
        foreach (var (label, value) in facts)
        {
            Fact(label, value);
        }
    }

    /// <summary>A bold label on its line, its value below it.</summary>
    public void Fact(string label, string value)
    {
        Line(label, Font(10, bold: true), after: 2);
        Paragraph(value, Font(11), after: 10);
    }

    /// <summary>A bold label over a value that must not break (a hash, an identifier), in a smaller size.</summary>
    public void Code(string label, string value)
    {
        Line(label, Font(10, bold: true), after: 2);
        Line(value, Font(9), after: 18);
    }

    /// <summary>A paragraph of the body, in the size of a letter.</summary>
    public void Text(string text) => Paragraph(text, Font(11), after: 10);

    /// <summary>A paragraph in small print: explanations, the time of issue.</summary>
    public void Note(string text) => Paragraph(text, Font(9), after: 6);

    /// <summary>Space before the next block.</summary>
    public void Gap() => _y += 12;

    private static XFont Font(double size, bool bold = false) =>
        new(DocumentFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    private void Line(string text, XFont font, double after)
    {
        _y += font.GetHeight();
        _graphics.DrawString(text, font, XBrushes.Black, new XPoint(Margin, _y));
        _y += after;
    }

    private void Paragraph(string text, XFont font, double after)
    {
        foreach (var part in text.Split('\n'))
        {
            var line = "";
            foreach (var word in part.Split(' '))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && _graphics.MeasureString(candidate, font).Width > _width)
                {
                    Line(line, font, 1);
                    candidate = word;
                }
                line = candidate;
            }
            Line(line, font, 1);
        }
        _y += after - 1;
    }
}
