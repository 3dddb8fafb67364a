using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Defis.SharedKernel.Text;

namespace Defis.Funding.Documents;

/// <summary>The SCDL rows as the two files the open-data route serves: CSV (RFC 4180) and JSON, with the same cells.</summary>
public static class ScdlFiles
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string JsonContentType = "application/json; charset=utf-8";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Accented letters stay readable in the file instead of \u escapes; what JSON must escape still is.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = true };

    /// <summary>UTF-8 without a byte-order mark, comma-separated, CRLF, a header row of the schema's field names.</summary>
    public static byte[] Csv(IEnumerable<ScdlGrant> rows)
    {
        var text = new StringBuilder();
        AppendLine(text, ScdlGrant.FieldNames);
        foreach (var row in rows)
        {
            AppendLine(text, row.Cells);
        }
        return Utf8.GetBytes(text.ToString());
    }

    /// <summary>An array of objects, one per row, whose members are the schema's field names and whose values are the CSV cells.</summary>
    public static byte[] Json(IEnumerable<ScdlGrant> rows)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                foreach (var (name, cell) in ScdlGrant.FieldNames.Zip(row.Cells))
                {
                    json.WriteString(name, cell);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return buffer.ToArray();
    }

    private static void AppendLine(StringBuilder text, IReadOnlyList<string> cells)
    {
        text.AppendJoin(',', cells.Select(CsvField.Of)).Append("\r\n");
    }
}
