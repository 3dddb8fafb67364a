namespace Defis.Contracts.Events;

/// <summary>
/// A message was posted on a dossier's thread. When staff wrote it (<paramref name="ByStaff"/>), the team is to be told:
/// the lead (<paramref name="LeadId"/>) and the co-editors (<paramref name="CoEditorEmails"/>, lower case); when the
/// team wrote it, the programme staff who have written on this thread are (<paramref name="StaffUserIds"/>; the
/// programme's automatic messages count no one; null from producers before schema 1). <paramref name="Excerpt"/> is
/// the start of the text (at most 200 characters).
/// </summary>
public sealed record MessagePosted(
    Guid MessageId,
    Guid DossierId,
    string? Reference,
    string AuthorId,
    bool ByStaff,
    string Excerpt,
    int AttachmentCount,
    string LeadId,
    IReadOnlyList<string> CoEditorEmails,
    IReadOnlyList<string>? StaffUserIds = null) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
