namespace Defis.Contracts.Events;

/// <summary>
/// Programme staff sent a dossier back to its team, with reasons and an optional deadline. <paramref name="CoEditorEmails"/>:
/// the invited co-editors (added in schema 1; null from older producers means unknown).
/// </summary>
public sealed record DossierReturnedForCorrection(
    Guid DossierId,
    string ProgrammeCode,
    string Reference,
    string Title,
    IReadOnlyList<string> Reasons,
    DateTimeOffset? CorrectionDeadline,
    string LeadUserId,
    string ContactEmail,
    IReadOnlyList<string>? CoEditorEmails = null) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
