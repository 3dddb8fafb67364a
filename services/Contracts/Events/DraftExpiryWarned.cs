namespace Defis.Contracts.Events;

/// <summary>
/// A draft has had no change for almost three months: it will expire at <paramref name="ExpiresAt"/> unless the team
/// changes or files it before (decision 0029). Sent once per period of inactivity. The lead and co-editors are told.
/// </summary>
public sealed record DraftExpiryWarned(
    Guid DossierId,
    string ProgrammeCode,
    string Title,
    string LeadUserId,
    string ContactEmail,
    IReadOnlyList<string> CoEditorEmails,
    DateTimeOffset LastActivityAt,
    DateTimeOffset ExpiresAt) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
