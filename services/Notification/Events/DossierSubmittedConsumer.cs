using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceDefaults.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Acknowledges a filed dossier in the lead's inbox, with its reference.</summary>
public sealed class DossierSubmittedConsumer(NotificationDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierSubmitted, NotificationDbContext>(db, time)
{
    protected override Task HandleAsync(DossierSubmitted message, ConsumeContext<DossierSubmitted> context, CancellationToken cancellationToken)
    {
        var received = Templates.DossierReceived(message.Reference, message.Title, message.ProgrammeCode, message.OccurredAt);
        Db.InboxNotifications.Add(InboxNotification.For(message.SubmittedBy, message.EventId, received, Time.GetUtcNow()));
        return Task.CompletedTask;
    }
}
