namespace Defis.Contracts.Events;

/// <summary>
/// A dossiers export a staff member started as a background job is written: <paramref name="Rows"/> dossiers of call
/// <paramref name="ProgrammeCode"/> as <paramref name="Format"/> ("csv" or "xlsx"), to download from
/// <paramref name="DownloadPath"/> (a gateway path) by <paramref name="RequestedBy"/> only, until
/// <paramref name="ExpiresAt"/> (docs/exports/dossiers.md). <paramref name="RequesterEmail"/> is the address their
/// token gave, when it gave one.
/// </summary>
public sealed record DossierExportReady(
    Guid JobId,
    string ProgrammeCode,
    string Format,
    string RequestedBy,
    string? RequesterEmail,
    int Rows,
    string DownloadPath,
    DateTimeOffset ReadyAt,
    DateTimeOffset ExpiresAt) : IntegrationEvent
{
    public override Guid AggregateId => JobId;
}
