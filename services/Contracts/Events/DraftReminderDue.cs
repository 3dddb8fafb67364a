namespace Defis.Contracts.Events;

/// <summary>
/// A dossier is still a draft <paramref name="DaysBeforeClosing"/> days (7, then 1) before its call closes;
/// sent once per draft and threshold. The lead and the co-editors should be reminded.
/// </summary>
public sealed record DraftReminderDue(
    Guid DossierId,
    string ProgrammeCode,
    string Title,
    string LeadUserId,
    string ContactEmail,
    IReadOnlyList<string> CoEditorEmails,
    DateTimeOffset ClosesAt,
    int DaysBeforeClosing) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
