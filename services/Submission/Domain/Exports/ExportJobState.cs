namespace Defis.Submission.Domain;

/// <summary>
/// Where a background export stands: Queued → Running → Ready → Expired, or Failed. A Running job whose lease lapsed
/// (its instance stopped) is taken again, and fails after <see cref="DossierExportJob.MaxAttempts"/> attempts.
/// </summary>
public enum ExportJobState
{
    Queued,
    Running,
    Ready,
    Failed,
    Expired,
}

/// <summary>The file a job writes, as the domain names it (the writer lives in ServiceInfrastructure).</summary>
public enum ExportFileFormat
{
    Csv,
    Xlsx,
}
