using System.Text;

namespace Defis.Accompaniment.Domain.Calendar;

/// <summary>
/// Writes iCalendar content lines (RFC 5545 §3.1): CRLF endings, lines folded so that none exceeds 75
/// octets of UTF-8, never inside a multi-byte character, continuation lines starting with one space.
/// </summary>
internal sealed class ContentLines
{
    public const int MaxOctets = SessionCalendar.MaxLineOctets;

    private readonly StringBuilder _text = new();

    public ContentLines Add(string name, string value) => AddLine($"{name}:{value}");

    public ContentLines AddText(string name, string value) => Add(name, EscapeText(value));

    public ContentLines AddLine(string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                _text.Append("\r\n ");
                octets = 1;
            }
            _text.Append(rune.ToString());
            octets += size;
        }
        _text.Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>TEXT values (§3.3.11): backslash, semicolon and comma escaped; any line break becomes \n.</summary>
    public static string EscapeText(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\n", StringComparison.Ordinal)
        .Replace('\r', '\n')
        .Replace("\n", "\\n", StringComparison.Ordinal);
}
