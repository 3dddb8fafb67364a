using System.Text.RegularExpressions;

namespace Defis.Gateway.FunctionalTests.RealServices;

/// <summary>
/// One line of the authorisation table: "METHOD path status… [| json body]"; lines starting with # are comments.
/// </summary>
public sealed record MatrixRow(string Method, string Path, IReadOnlyList<int> Expected, string? Body)
{
    public static IEnumerable<MatrixRow> Parse(string table)
    {
        foreach (var line in table.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split('|', 2, StringSplitOptions.TrimEntries);
            var words = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            yield return new MatrixRow(words[0], words[1], words[2..].Select(int.Parse).ToList(), parts.Length > 1 ? parts[1] : null);
        }
    }

    /// <summary>Whether this row's path is an instance of a contract's path template ("/a/{id}:release").</summary>
    public bool Covers(string template)
    {
        var pattern = "^" + Regex.Replace(Regex.Escape(template), @"\\\{[^/}]+}", "[^/:]+") + "$";
        return Regex.IsMatch(Path.Split('?')[0], pattern);
    }

    /// <summary>The row as the table would write it with these statuses, to paste or compare.</summary>
    public string Describe(IEnumerable<int> statuses) =>
        $"{Method,-6} {Path,-66} {string.Join(' ', statuses.Select(s => $"{s,-4}"))}{(Body is null ? "" : $" | {Body}")}";
}
