using Defis.Contracts.Events;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>
/// For partner systems only (a ministry publishing the laureate list subscribes to it). Nobody is written to:
/// each team already got its own decision letter from DossierSelected / DossierNotSelected of the same act,
/// and a second message about the same decision would only repeat it.
/// </summary>
public sealed class PhaseSelectionReleasedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier)
    : IdempotentConsumer<PhaseSelectionReleased, NotificationDbContext>(db, time)
{
    protected override Task HandleAsync(PhaseSelectionReleased message, ConsumeContext<PhaseSelectionReleased> context, CancellationToken cancellationToken) =>
        notifier.CallWebhooksAsync(message, cancellationToken);
}
