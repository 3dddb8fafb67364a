using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Tells the laureate team (lead and co-editors) that the grant is committed.</summary>
public sealed class GrantCommittedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<GrantCommitted, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(GrantCommitted message, ConsumeContext<GrantCommitted> context, CancellationToken cancellationToken)
    {
        await projections.RememberGrantAsync(message.GrantId, message.DossierId, cancellationToken);
        var dossier = await projections.DossierAsync(message.DossierId, cancellationToken);
        var programme = await projections.ProgrammeAsync(dossier?.ProgrammeCode, cancellationToken);
        var committed = Templates.GrantCommitted(dossier?.Reference, programme, message.Phase, message.AmountCents);
        await notifier.NotifyAsync(message, committed, Projections.TeamOf(dossier), cancellationToken);
    }
}
