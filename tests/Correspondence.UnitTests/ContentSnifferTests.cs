using System.IO.Compression;
using System.Text;
using Defis.Correspondence.Domain.Attachments;

namespace Defis.Correspondence.UnitTests;

/// <summary>The type comes from the bytes: magic numbers, a zip's inner marker, text that is UTF-8 without control characters.</summary>
public sealed class ContentSnifferTests
{
    public static TheoryData<string, FileKind?> Samples => new()
    {
        { "pdf", FileKind.Pdf },
        { "png", FileKind.Png },
        { "jpeg", FileKind.Jpeg },
        { "odt", FileKind.Odt },
        { "ods", FileKind.Ods },
        { "odp", null },
        { "docx", FileKind.Docx },
        { "xlsx", FileKind.Xlsx },
        { "plain zip", null },
        { "csv", FileKind.Csv },
        { "text", FileKind.PlainText },
        { "latin-1 text", null },
        { "elf", null },
        { "nul in text", null },
        { "empty", null },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_type_is_decided_by_the_content(string sample, FileKind? expected) =>
        Assert.Equal(expected, ContentSniffer.Sniff(Bytes(sample), complete: true));

    [Fact]
    public void A_character_cut_at_the_end_of_an_incomplete_head_is_not_a_reason_to_refuse_text()
    {
        var head = Encoding.UTF8.GetBytes("Résumé du projet é")[..^1];

        Assert.Equal(FileKind.PlainText, ContentSniffer.Sniff(head, complete: false));
        Assert.Null(ContentSniffer.Sniff(head, complete: true));
    }

    [Theory]
    [InlineData(FileKind.Pdf, "budget.PDF", true)]
    [InlineData(FileKind.Jpeg, "photo.jpeg", true)]
    [InlineData(FileKind.Csv, "budget.txt", true)]
    [InlineData(FileKind.Png, "annexe.pdf", false)]
    [InlineData(FileKind.Docx, "lettre.odt", false)]
    [InlineData(FileKind.Pdf, "sans-extension", false)]
    public void A_name_must_agree_with_the_content(FileKind kind, string name, bool accepted)
    {
        var refusal = Record.Exception(() => FileTypeRule.Require("chunk", "header.file_name", name, kind));

        Assert.Equal(accepted, refusal is null);
    }

    private static byte[] Bytes(string sample) => sample switch
    {
        "pdf" => "%PDF-1.7\n%âãÏÓ\n"u8.ToArray(),
        "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13],
        "jpeg" => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46],
        "odt" => OpenDocument("application/vnd.oasis.opendocument.text"),
        "ods" => OpenDocument("application/vnd.oasis.opendocument.spreadsheet"),
        "odp" => OpenDocument("application/vnd.oasis.opendocument.presentation"),
        "docx" => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")),
        "xlsx" => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")),
        "plain zip" => Zip(("readme.txt", "bonjour")),
        "csv" => "poste;montant\nsalaires;1000\nlocaux;200\n"u8.ToArray(),
        "text" => "Présentation de l'équipe\nDeux lignes.\n"u8.ToArray(),
        "latin-1 text" => Encoding.Latin1.GetBytes("Présentation"),
        "elf" => [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0],
        "nul in text" => "abc\0def"u8.ToArray(),
        _ => [],
    };

    /// <summary>An OpenDocument package: "mimetype" first and stored, as the format requires.</summary>
    private static byte[] OpenDocument(string mimetype)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open()))
            {
                writer.Write(mimetype);
            }
            using var content = new StreamWriter(zip.CreateEntry("content.xml").Open());
            content.Write("<office:document-content/>");
        }
        return stream.ToArray();
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }
        return stream.ToArray();
    }
}
