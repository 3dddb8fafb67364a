using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Remembers the grant's dossier (tranche events name only the grant); partners may subscribe to it.</summary>
public sealed class GrantProposedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<GrantProposed, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(GrantProposed message, ConsumeContext<GrantProposed> context, CancellationToken cancellationToken)
    {
        await projections.RememberGrantAsync(message.GrantId, message.DossierId, cancellationToken);
        await notifier.CallWebhooksAsync(message, cancellationToken);
    }
}
