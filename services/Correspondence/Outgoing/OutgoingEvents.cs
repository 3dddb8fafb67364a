using Defis.Correspondence.Domain.Attachments;
using Defis.Correspondence.Domain.Threads;
using Defis.Correspondence.Persistence;
using Contract = Defis.Contracts.Events;

namespace Defis.Correspondence.Outgoing;

/// <summary>The integration events Correspondence announces, built from its aggregates; written to the outbox by the caller.</summary>
public static class OutgoingEvents
{
    public const int ExcerptLength = 200;

    /// <param name="staffUserIds">For a team's message, the staff who have written on the thread, to be told.</param>
    public static Contract.MessagePosted Posted(Message message, TeamRow team, IReadOnlyList<string>? staffUserIds = null) =>
        new(message.Id, message.DossierId, team.Reference, message.AuthorId, message.ByStaff,
            message.Body.Length <= ExcerptLength ? message.Body : message.Body[..ExcerptLength] + "…",
            message.AttachmentIds.Count, team.LeadId, [.. team.CoEditorEmails.Order(StringComparer.Ordinal)],
            message.ByStaff ? [] : [.. (staffUserIds ?? []).Order(StringComparer.Ordinal)])
        {
            OccurredAt = message.PostedAt,
        };

    public static Contract.AttachmentQuarantined Quarantined(Attachment attachment) =>
        new(attachment.Id, attachment.DossierId, attachment.FileName, attachment.UploadedBy, attachment.Threat ?? "", attachment.StatusInFrench)
        {
            OccurredAt = attachment.ScannedAt ?? attachment.UploadedAt,
        };
}
