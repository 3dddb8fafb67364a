using System.Text;

namespace Defis.Correspondence.Domain.Attachments;

/// <summary>
/// Decides a file's type from its first bytes (<see cref="HeadLength"/> at most): magic numbers for PDF, PNG and
/// JPEG; for the zip-based office formats, the zip signature and then what is inside (the OpenDocument "mimetype"
/// entry, which the format stores first and uncompressed; an Office Open XML package's "word/" or "xl/" entries,
/// whose names local headers keep in clear); text when the bytes are UTF-8 without NUL or control characters, CSV
/// when its first lines share a separator. Anything else is refused.
/// </summary>
public static class ContentSniffer
{
    /// <summary>How much of the start of a file the decision reads; it is buffered, the rest streams through.</summary>
    public const int HeadLength = 64 * 1024;

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    public static FileKind? Sniff(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return FileKind.Pdf;
        }
        if (head.StartsWith(Png))
        {
            return FileKind.Png;
        }
        if (head.StartsWith(Jpeg))
        {
            return FileKind.Jpeg;
        }
        return head.StartsWith(Zip) ? SniffZip(head) : SniffText(head, complete);
    }

    private static FileKind? SniffZip(ReadOnlySpan<byte> head)
    {
        // Local file header: name length at 26, extra length at 28, name at 30, then (stored) data.
        if (head.Length > 30)
        {
            var nameLength = head[26] | (head[27] << 8);
            var extraLength = head[28] | (head[29] << 8);
            var dataStart = 30 + nameLength + extraLength;
            if (nameLength == 8 && head.Length > dataStart && head.Slice(30, 8).SequenceEqual("mimetype"u8))
            {
                var mimetype = head[dataStart..];
                if (mimetype.StartsWith("application/vnd.oasis.opendocument.text"u8) && !mimetype.StartsWith("application/vnd.oasis.opendocument.text-"u8))
                {
                    return FileKind.Odt;
                }
                if (mimetype.StartsWith("application/vnd.oasis.opendocument.spreadsheet"u8) && !mimetype.StartsWith("application/vnd.oasis.opendocument.spreadsheet-"u8))
                {
                    return FileKind.Ods;
                }
                return null;
            }
        }
        if (head.IndexOf("[Content_Types].xml"u8) < 0)
        {
            return null;
        }
        var word = head.IndexOf("word/"u8) >= 0;
        var excel = head.IndexOf("xl/"u8) >= 0;
        return (word, excel) switch
        {
            (true, false) => FileKind.Docx,
            (false, true) => FileKind.Xlsx,
            _ => null,
        };
    }

    private static FileKind? SniffText(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.IsEmpty)
        {
            return null;
        }
        // A multi-byte character may straddle the end of the head: leave its bytes out when more follows.
        var checkedPart = complete ? head : head[..CompleteUtf8Length(head)];
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(checkedPart);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            return null;
        }
        return LooksLikeTable(text) ? FileKind.Csv : FileKind.PlainText;
    }

    private static int CompleteUtf8Length(ReadOnlySpan<byte> head)
    {
        // Back up over continuation bytes (10xxxxxx) to the lead byte of the last character; drop it if cut short.
        var end = head.Length;
        var back = 0;
        while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80)
        {
            back++;
        }
        var leadIndex = end - back - 1;
        if (leadIndex < 0)
        {
            return end;
        }
        var lead = head[leadIndex];
        var expected = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return expected == back + 1 ? end : leadIndex;
    }

    /// <summary>At least two lines with the same non-zero count of ';' (French spreadsheets), ',' or tabs.</summary>
    private static bool LooksLikeTable(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).Take(5).ToList();
        if (lines.Count < 2)
        {
            return false;
        }
        // The last line of a head that is not the whole file may be cut: compare the complete ones.
        return new[] { ';', ',', '\t' }.Any(separator =>
        {
            var counts = lines.Take(Math.Max(2, lines.Count - 1)).Select(l => l.Count(c => c == separator)).ToList();
            return counts[0] > 0 && counts.All(c => c == counts[0]);
        });
    }
}
