using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceDefaults.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Tells the team lead in their inbox that the draft exists.</summary>
public sealed class DossierDraftCreatedConsumer(NotificationDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierDraftCreated, NotificationDbContext>(db, time)
{
    protected override Task HandleAsync(DossierDraftCreated message, ConsumeContext<DossierDraftCreated> context, CancellationToken cancellationToken)
    {
        Db.InboxNotifications.Add(InboxNotification.For(message.CreatedBy, message.EventId, Templates.DraftCreated(message.Title, message.ProgrammeCode, message.OccurredAt), Time.GetUtcNow()));
        return Task.CompletedTask;
    }
}
