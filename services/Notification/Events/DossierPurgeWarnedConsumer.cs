using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Tells the lead and the co-editors that the dossier's data will be purged at the end of the call's retention, and when.</summary>
public sealed class DossierPurgeWarnedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<DossierPurgeWarned, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierPurgeWarned message, ConsumeContext<DossierPurgeWarned> context, CancellationToken cancellationToken)
    {
        var programme = await projections.ProgrammeAsync(message.ProgrammeCode, cancellationToken);
        await notifier.NotifyAsync(message, Templates.PurgeWarning(message.Reference, message.Title, programme, message.PurgesAt),
            Projections.DraftTeam(message.LeadUserId, message.ContactEmail, message.CoEditorEmails), cancellationToken);
    }
}
