using System.Text;
using Defis.SharedKernel.Text;
using MiniExcelLibs;

namespace Defis.Submission.Documents;

/// <summary>
/// Writes the dossiers export row by row as they come from the database, never holding the list: CSV straight to the
/// output, XLSX through MiniExcel (a zip needs its central directory at the end, so it is written to a file first).
/// </summary>
public static class DossierExportFiles
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>UTF-8 with a byte-order mark (so that Excel reads the accents), comma-separated, CRLF, RFC 4180 quoting.</summary>
    public static async Task WriteCsvAsync(IAsyncEnumerable<Domain.Dossier> dossiers, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(true), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', DossierExportColumns.All.Select(c => c.Header)));
        await foreach (var dossier in dossiers.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(string.Join(',', DossierExportColumns.All.Select(c => CsvField.Of(c.Value(dossier)))));
        }
    }

    /// <summary>One sheet « Dossiers », a header row, numbers as numbers.</summary>
    public static Task WriteXlsxAsync(IEnumerable<Domain.Dossier> dossiers, Stream output, CancellationToken cancellationToken) =>
        output.SaveAsAsync(dossiers.Select(Row), sheetName: "Dossiers", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);

    private static IDictionary<string, object> Row(Domain.Dossier dossier) =>
        DossierExportColumns.All.ToDictionary(c => c.Header, c => c.Value(dossier));
}
