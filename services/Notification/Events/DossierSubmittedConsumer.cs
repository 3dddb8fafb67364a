using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>
/// Acknowledges a filed dossier to its team (lead and co-editors), with its reference and the filing receipt attached;
/// remembers them for later events (decisions).
/// </summary>
public sealed class DossierSubmittedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections, ParkedNotices parked)
    : IdempotentConsumer<DossierSubmitted, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierSubmitted message, ConsumeContext<DossierSubmitted> context, CancellationToken cancellationToken)
    {
        await projections.RememberDossierAsync(message.DossierId, message.ProgrammeCode, message.Reference, message.Title, message.SubmittedBy, message.ContactEmail,
            message.CoEditorEmails, message.OccurredAt, cancellationToken, message.LeadStructureName);
        var dossier = await projections.DossierAsync(message.DossierId, cancellationToken);
        var programme = await projections.ProgrammeAsync(message.ProgrammeCode, cancellationToken);
        var received = Templates.DossierReceived(message.Reference, message.Title, programme, message.OccurredAt);
        var receipt = FilingReceipts.For(message.ContentSha256, message.Reference, programme, message.Title, message.LeadStructureName, message.OccurredAt,
            refiled: false, message.RequestedAmountCents, Time.GetUtcNow());
        await notifier.NotifyAsync(message, received, Projections.TeamOf(dossier), cancellationToken, receipt);
        await parked.ReleaseAsync(message.DossierId, cancellationToken);
    }
}
