using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Tells the team lead that the draft exists, and remembers where to write to them.</summary>
public sealed class DossierDraftCreatedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections, ParkedNotices parked)
    : IdempotentConsumer<DossierDraftCreated, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierDraftCreated message, ConsumeContext<DossierDraftCreated> context, CancellationToken cancellationToken)
    {
        await projections.RememberDossierAsync(message.DossierId, message.ProgrammeCode, null, message.Title, message.CreatedBy, message.ContactEmail, null, message.OccurredAt, cancellationToken);
        var programme = await projections.ProgrammeAsync(message.ProgrammeCode, cancellationToken);
        await notifier.NotifyAsync(message, Templates.DraftCreated(message.Title, programme, message.OccurredAt), [new(message.CreatedBy, message.ContactEmail)], cancellationToken);
        await parked.ReleaseAsync(message.DossierId, cancellationToken);
    }
}
