using Defis.Contracts.Events;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Tells the laureate team (lead and co-editors) that the grant is committed, once the dossier is known (decision 0031).</summary>
public sealed class GrantCommittedConsumer(NotificationDbContext db, TimeProvider time, Projections projections, ParkedNotices notices)
    : IdempotentConsumer<GrantCommitted, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(GrantCommitted message, ConsumeContext<GrantCommitted> context, CancellationToken cancellationToken)
    {
        await projections.RememberGrantAsync(message.GrantId, message.DossierId, cancellationToken);
        await notices.SendOrParkAsync(message, message.DossierId, cancellationToken);
    }
}
