using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Tells the lead and the co-editors that their idle draft expired after its warning.</summary>
public sealed class DraftExpiredConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<DraftExpired, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(DraftExpired message, ConsumeContext<DraftExpired> context, CancellationToken cancellationToken)
    {
        var programme = await projections.ProgrammeAsync(message.ProgrammeCode, cancellationToken);
        await notifier.NotifyAsync(message, Templates.DraftExpired(message.Title, programme, message.LastActivityAt), Projections.DraftTeam(message.LeadUserId, message.ContactEmail, message.CoEditorEmails),
            cancellationToken);
    }
}
