using Defis.Contracts.Events;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>
/// Nobody is written to (the team filed it themself; the staff see it in their queue), but the co-editors invited
/// during the correction are remembered, so that the decision reaches them; partners may subscribe to it.
/// </summary>
public sealed class DossierResubmittedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<DossierResubmitted, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierResubmitted message, ConsumeContext<DossierResubmitted> context, CancellationToken cancellationToken)
    {
        if (message.CoEditorEmails is { } coEditors)
        {
            await projections.RememberCoEditorsAsync(message.DossierId, coEditors, cancellationToken);
        }
        await notifier.CallWebhooksAsync(message, cancellationToken);
    }
}
