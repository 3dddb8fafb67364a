using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceDefaults.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Acknowledges a filed dossier to its lead, with its reference; remembers the lead for later events (decisions).</summary>
public sealed class DossierSubmittedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<DossierSubmitted, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierSubmitted message, ConsumeContext<DossierSubmitted> context, CancellationToken cancellationToken)
    {
        await projections.RememberDossierAsync(message.DossierId, message.ProgrammeCode, message.Reference, message.Title, message.SubmittedBy, message.ContactEmail, cancellationToken);
        var programme = await projections.ProgrammeAsync(message.ProgrammeCode, cancellationToken);
        var received = Templates.DossierReceived(message.Reference, message.Title, programme, message.OccurredAt);
        await notifier.NotifyAsync(message, received, [new(message.SubmittedBy, message.ContactEmail)], cancellationToken);
    }
}
