using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Tells the juror a review is no longer theirs (reassigned, a conflict, a withdrawn dossier).</summary>
public sealed class ReviewerUnassignedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<ReviewerUnassigned, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(ReviewerUnassigned message, ConsumeContext<ReviewerUnassigned> context, CancellationToken cancellationToken)
    {
        var juror = await projections.UsersAsync([message.JurorUserId], cancellationToken);
        await notifier.NotifyAsync(message, Templates.ReviewWithdrawn(message.DossierReference, message.Reason), juror, cancellationToken);
    }
}
