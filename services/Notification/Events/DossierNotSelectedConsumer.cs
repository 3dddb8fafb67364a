using Defis.Contracts.Events;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>The decision letter (mandatory notice) to the dossier's team, once the dossier is known (decision 0031).</summary>
public sealed class DossierNotSelectedConsumer(NotificationDbContext db, TimeProvider time, ParkedNotices notices)
    : IdempotentConsumer<DossierNotSelected, NotificationDbContext>(db, time)
{
    protected override Task HandleAsync(DossierNotSelected message, ConsumeContext<DossierNotSelected> context, CancellationToken cancellationToken) =>
        notices.SendOrParkAsync(message, message.DossierId, cancellationToken);
}
