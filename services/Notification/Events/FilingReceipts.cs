using Defis.Notification.Domain;
using Defis.Notification.Domain.Delivery;
using Defis.ServiceInfrastructure.Documents;

namespace Defis.Notification.Events;

/// <summary>
/// The filing receipt for a filing's acknowledgement (decision 0027): Submission's receipt record and layout, filled from
/// the event, with the digest Submission took of the content filed. None when the producer gave no digest.
/// </summary>
internal static class FilingReceipts
{
    public static EmailAttachment? For(string? contentSha256, string reference, ProgrammeLabel programme, string title, string leadStructureName,
        DateTimeOffset filedAt, bool refiled, long requestedCents, DateTimeOffset now) => contentSha256 is { } digest
        ? new EmailAttachment($"recepisse-{reference}.pdf", ReceiptPdf.Render(new FilingReceipt(reference, programme.Code ?? "", programme.Title ?? "",
            title, leadStructureName, filedAt, refiled, requestedCents, digest, now)))
        : null;
}
