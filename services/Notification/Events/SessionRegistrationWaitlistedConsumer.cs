using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Tells the registrant their place in the waiting line.</summary>
public sealed class SessionRegistrationWaitlistedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<SessionRegistrationWaitlisted, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(SessionRegistrationWaitlisted message, ConsumeContext<SessionRegistrationWaitlisted> context, CancellationToken cancellationToken)
    {
        await projections.RememberUserAsync(message.UserId, message.Email, cancellationToken);
        var waiting = Templates.SessionWaitlisted(message.SessionTitle, message.StartsAt, message.Position);
        await notifier.NotifyAsync(message, waiting, [new(message.UserId, message.Email)], cancellationToken);
    }
}
