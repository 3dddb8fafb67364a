using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Reminds the laureate team and its coaches of a milestone falling due.</summary>
public sealed class MilestoneDueSoonConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<MilestoneDueSoon, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(MilestoneDueSoon message, ConsumeContext<MilestoneDueSoon> context, CancellationToken cancellationToken)
    {
        var dossier = await projections.DossierAsync(message.DossierId, cancellationToken);
        var people = await projections.UsersAsync([.. message.MemberIds, .. message.CoachIds], cancellationToken);
        await notifier.NotifyAsync(message, Templates.MilestoneDueSoon(message.Title, message.Due, dossier?.Reference), people, cancellationToken);
    }
}
