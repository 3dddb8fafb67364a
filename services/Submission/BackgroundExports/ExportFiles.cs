using Defis.ServiceInfrastructure.Documents;
using Defis.Submission.Domain;

namespace Defis.Submission.BackgroundExports;

/// <summary>A background export's file as clients see it: its format's name and type, and where to download it.</summary>
public static class ExportFiles
{
    public static ExportFileFormat ToDomain(SpreadsheetFormat format) => format == SpreadsheetFormat.Xlsx ? ExportFileFormat.Xlsx : ExportFileFormat.Csv;

    public static SpreadsheetFormat ToSpreadsheet(ExportFileFormat format) => format == ExportFileFormat.Xlsx ? SpreadsheetFormat.Xlsx : SpreadsheetFormat.Csv;

    /// <summary>"csv" or "xlsx", as the client asked.</summary>
    public static string Name(ExportFileFormat format) => format == ExportFileFormat.Xlsx ? "xlsx" : "csv";

    public static string ContentType(ExportFileFormat format) => SpreadsheetExport.ContentType(ToSpreadsheet(format));

    /// <summary>The gateway path of a job's file (ExportJobs/DownloadExportFile).</summary>
    public static string DownloadPath(Guid jobId) => $"/api/v1/dossiers/export-jobs/{jobId}/file";
}
