using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Tells the juror a dossier awaits their review.</summary>
public sealed class ReviewerAssignedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<ReviewerAssigned, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(ReviewerAssigned message, ConsumeContext<ReviewerAssigned> context, CancellationToken cancellationToken)
    {
        var programme = await projections.ProgrammeAsync(message.ProgrammeCode, cancellationToken);
        var juror = await projections.UsersAsync([message.JurorUserId], cancellationToken);
        await notifier.NotifyAsync(message, Templates.ReviewAssigned(message.DossierReference, programme), juror, cancellationToken);
    }
}
