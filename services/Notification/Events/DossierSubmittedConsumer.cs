using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Domain.Delivery;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Documents;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>
/// Acknowledges a filed dossier to its team (lead and co-editors), with its reference and the filing receipt attached;
/// remembers them for later events (decisions).
/// </summary>
public sealed class DossierSubmittedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<DossierSubmitted, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierSubmitted message, ConsumeContext<DossierSubmitted> context, CancellationToken cancellationToken)
    {
        await projections.RememberDossierAsync(message.DossierId, message.ProgrammeCode, message.Reference, message.Title, message.SubmittedBy, message.ContactEmail,
            message.CoEditorEmails, cancellationToken, message.LeadStructureName);
        var dossier = await projections.DossierAsync(message.DossierId, cancellationToken);
        var programme = await projections.ProgrammeAsync(message.ProgrammeCode, cancellationToken);
        var received = Templates.DossierReceived(message.Reference, message.Title, programme, message.OccurredAt);
        await notifier.NotifyAsync(message, received, Projections.TeamOf(dossier), cancellationToken, Receipt(message, programme));
    }

    /// <summary>
    /// The filing receipt as Submission's receipt route renders it, from the event alone (decision 0027): the same record
    /// and layout, the digest Submission took of the content filed. None when the producer gave no digest.
    /// </summary>
    private EmailAttachment? Receipt(DossierSubmitted message, ProgrammeLabel programme) => message.ContentSha256 is { } digest
        ? new EmailAttachment($"recepisse-{message.Reference}.pdf", ReceiptPdf.Render(new FilingReceipt(message.Reference, message.ProgrammeCode,
            programme.Title ?? "", message.Title, message.LeadStructureName, message.OccurredAt, Refiled: false, message.RequestedAmountCents, digest,
            Time.GetUtcNow())))
        : null;
}
