using Defis.Contracts.Events;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>An erasure removed a co-editor: the team's notices no longer go to their address. Nobody is told.</summary>
public sealed class DossierCoEditorsChangedConsumer(NotificationDbContext db, TimeProvider time, Projections projections)
    : IdempotentConsumer<DossierCoEditorsChanged, NotificationDbContext>(db, time)
{
    protected override Task HandleAsync(DossierCoEditorsChanged message, ConsumeContext<DossierCoEditorsChanged> context, CancellationToken cancellationToken) =>
        projections.RememberCoEditorsAsync(message.DossierId, message.CoEditorEmails, message.OccurredAt, cancellationToken);
}
