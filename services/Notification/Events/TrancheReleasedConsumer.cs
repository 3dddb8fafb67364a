using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Tells the laureate team (lead and co-editors) that a tranche was paid.</summary>
public sealed class TrancheReleasedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<TrancheReleased, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(TrancheReleased message, ConsumeContext<TrancheReleased> context, CancellationToken cancellationToken)
    {
        var dossierId = await projections.DossierOfGrantAsync(message.GrantId, cancellationToken);
        var dossier = dossierId is { } id ? await projections.DossierAsync(id, cancellationToken) : null;
        var programme = await projections.ProgrammeAsync(dossier?.ProgrammeCode, cancellationToken);
        var released = Templates.TrancheReleased(dossier?.Reference, programme, message.TrancheNumber, message.AmountCents, message.Milestone);
        await notifier.NotifyAsync(message, released, Projections.TeamOf(dossier), cancellationToken);
    }
}
