namespace Defis.Contracts.Events;

/// <summary>
/// An idle draft expired after its warning and is now withdrawn (announced as well by <see cref="DossierWithdrawn"/>,
/// which comes first). The lead and co-editors are told.
/// </summary>
public sealed record DraftExpired(
    Guid DossierId,
    string ProgrammeCode,
    string Title,
    string LeadUserId,
    string ContactEmail,
    IReadOnlyList<string> CoEditorEmails,
    DateTimeOffset LastActivityAt) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
