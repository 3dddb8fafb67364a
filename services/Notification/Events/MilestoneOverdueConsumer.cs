using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Tells the laureate team and its coaches that a milestone is late.</summary>
public sealed class MilestoneOverdueConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<MilestoneOverdue, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(MilestoneOverdue message, ConsumeContext<MilestoneOverdue> context, CancellationToken cancellationToken)
    {
        var dossier = await projections.DossierAsync(message.DossierId, cancellationToken);
        var people = await projections.UsersAsync([.. message.MemberIds, .. message.CoachIds], cancellationToken);
        await notifier.NotifyAsync(message, Templates.MilestoneOverdue(message.Title, message.Due, dossier?.Reference), people, cancellationToken);
    }
}
