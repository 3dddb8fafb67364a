using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Confirms the registrant's seat.</summary>
public sealed class SessionRegistrationConfirmedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<SessionRegistrationConfirmed, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(SessionRegistrationConfirmed message, ConsumeContext<SessionRegistrationConfirmed> context, CancellationToken cancellationToken)
    {
        await projections.RememberUserAsync(message.UserId, message.Email, cancellationToken);
        await notifier.NotifyAsync(message, Templates.SessionConfirmed(message.SessionTitle, message.StartsAt), [new(message.UserId, message.Email)], cancellationToken);
    }
}
