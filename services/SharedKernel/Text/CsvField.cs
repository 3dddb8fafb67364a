using System.Globalization;

namespace Defis.SharedKernel.Text;

/// <summary>One CSV field as RFC 4180 writes it: quoted only when it holds a comma, a quote or a line break, quotes doubled.</summary>
public static class CsvField
{
    public static string Of(object? value)
    {
        var cell = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }
}
