using System.Text;
using Defis.SharedKernel.Errors;
using Defis.SharedKernel.Text;
using Google.Api;
using Grpc.Core;
using MiniExcelLibs;

namespace Defis.ServiceInfrastructure.Documents;

/// <summary>The two file formats of an export, as the client names them in <c>format</c>.</summary>
public enum SpreadsheetFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// A table sent as CSV or XLSX while its rows are read, one shape for every export (docs/exports/): CSV in UTF-8 with a
/// byte-order mark (so that Excel reads the accents), comma-separated, CRLF, RFC 4180 quoting, straight to the
/// response; XLSX through MiniExcel into a <see cref="SpooledFile"/> (a zip writes its directory last). One row is held
/// at a time. The cells come as the export's columns make them: neutralising what people typed is theirs to do.
/// </summary>
public static class SpreadsheetExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The format a client asked for, "csv" when empty; anything else is a field error on <paramref name="field"/>.</summary>
    public static SpreadsheetFormat Format(FieldViolations errors, string format, string field = "format")
    {
        var normalised = format.Trim().ToLowerInvariant();
        if (normalised is not ("" or "csv" or "xlsx"))
        {
            errors.Add(field, "Format attendu : « csv » ou « xlsx ».");
        }
        return normalised == "xlsx" ? SpreadsheetFormat.Xlsx : SpreadsheetFormat.Csv;
    }

    public static string ContentType(SpreadsheetFormat format) => format == SpreadsheetFormat.Xlsx ? XlsxContentType : CsvContentType;

    /// <summary>Sends the file as HttpBody chunks while <paramref name="items"/> are read; <paramref name="cells"/> follow <paramref name="headers"/>.</summary>
    public static async Task StreamAsync<T>(IServerStreamWriter<HttpBody> responses, SpreadsheetFormat format, string sheetName,
        IReadOnlyList<string> headers, IAsyncEnumerable<T> items, Func<T, IReadOnlyList<object>> cells, CancellationToken cancellationToken)
    {
        await using var output = new HttpBodyChunks(responses, ContentType(format));
        await WriteAsync(output, format, sheetName, headers, items, cells, cancellationToken);
    }

    /// <summary>
    /// Writes the file to <paramref name="output"/> while <paramref name="items"/> are read (a background export stores it
    /// rather than sends it), then flushes it.
    /// </summary>
    public static async Task WriteAsync<T>(Stream output, SpreadsheetFormat format, string sheetName, IReadOnlyList<string> headers,
        IAsyncEnumerable<T> items, Func<T, IReadOnlyList<object>> cells, CancellationToken cancellationToken)
    {
        if (format == SpreadsheetFormat.Xlsx)
        {
            // MiniExcel reads its rows synchronously, on the spooling thread-pool thread.
            await SpooledFile.CopyToAsync(file => WriteXlsxAsync(sheetName, headers, items.ToBlockingEnumerable(cancellationToken).Select(cells), file,
                cancellationToken), output, cancellationToken);
        }
        else
        {
            await WriteCsvAsync(headers, items, cells, output, cancellationToken);
        }
        await output.FlushAsync(cancellationToken);
    }

    private static async Task WriteCsvAsync<T>(IReadOnlyList<string> headers, IAsyncEnumerable<T> items, Func<T, IReadOnlyList<object>> cells,
        Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(true), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', headers.Select(CsvField.Of)));
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(string.Join(',', cells(item).Select(CsvField.Of)));
        }
    }

    /// <summary>One sheet, a header row, numbers as numbers.</summary>
    private static Task WriteXlsxAsync(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object>> rows, Stream output,
        CancellationToken cancellationToken) =>
        output.SaveAsAsync(rows.Select(row => (IDictionary<string, object>)headers.Zip(row).ToDictionary(p => p.First, p => p.Second)),
            sheetName: sheetName, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
}
