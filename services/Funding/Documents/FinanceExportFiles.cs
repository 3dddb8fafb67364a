using System.Text;
using Defis.SharedKernel.Text;
using MiniExcelLibs;

namespace Defis.Funding.Documents;

/// <summary>Writes the finance export row by row as they come: CSV straight to the output, XLSX through MiniExcel.</summary>
public static class FinanceExportFiles
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>UTF-8 with a byte-order mark, comma-separated, CRLF, RFC 4180 quoting.</summary>
    public static async Task WriteCsvAsync(IAsyncEnumerable<FinanceExportRow> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(true), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', FinanceExportRow.Headers));
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(string.Join(',', row.Cells.Select(CsvField.Of)));
        }
    }

    /// <summary>One sheet « Finances », a header row, amounts as numbers.</summary>
    public static Task WriteXlsxAsync(IEnumerable<FinanceExportRow> rows, Stream output, CancellationToken cancellationToken) =>
        output.SaveAsAsync(rows.Select(r => (IDictionary<string, object>)FinanceExportRow.Headers.Zip(r.Cells).ToDictionary(p => p.First, p => p.Second)),
            sheetName: "Finances", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
}
