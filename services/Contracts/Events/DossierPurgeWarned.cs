namespace Defis.Contracts.Events;

/// <summary>
/// A closed call's dossier reaches the end of the call's retention: its personal data will be purged at
/// <paramref name="PurgesAt"/> (decision 0032). Sent once; the lead and co-editors are told.
/// </summary>
public sealed record DossierPurgeWarned(
    Guid DossierId,
    string ProgrammeCode,
    string? Reference,
    string Title,
    string LeadUserId,
    string ContactEmail,
    IReadOnlyList<string> CoEditorEmails,
    DateTimeOffset PurgesAt) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
