using System.Text;

namespace Defis.Funding.IntegrationTests.OpenData;

/// <summary>Reads an RFC 4180 file (quoted cells, doubled quotes, CRLF) into rows keyed by the header's names.</summary>
internal static class CsvTable
{
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows) Read(string text)
    {
        var lines = Records(text).ToList();
        var header = lines[0];
        var rows = lines.Skip(1).Select(cells =>
        {
            Assert.Equal(header.Count, cells.Count);
            return (IReadOnlyDictionary<string, string>)header.Zip(cells).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
        return (header, rows);
    }

    private static IEnumerable<IReadOnlyList<string>> Records(string text)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    i++;
                    cells.Add(cell.ToString());
                    cell.Clear();
                    yield return cells;
                    cells = [];
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }
        Assert.True(cells.Count == 0 && cell.Length == 0, "the file ends with CRLF");
    }
}
