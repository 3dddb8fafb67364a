using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Tells a waiting registrant that they got a seat.</summary>
public sealed class SessionRegistrationPromotedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<SessionRegistrationPromoted, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(SessionRegistrationPromoted message, ConsumeContext<SessionRegistrationPromoted> context, CancellationToken cancellationToken)
    {
        await projections.RememberUserAsync(message.UserId, message.Email, cancellationToken);
        await notifier.NotifyAsync(message, Templates.SessionPromoted(message.SessionTitle, message.StartsAt), [new(message.UserId, message.Email)], cancellationToken);
    }
}
