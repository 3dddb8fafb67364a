using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Warns the lead and the co-editors that their idle draft will expire, and when.</summary>
public sealed class DraftExpiryWarnedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<DraftExpiryWarned, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(DraftExpiryWarned message, ConsumeContext<DraftExpiryWarned> context, CancellationToken cancellationToken)
    {
        var programme = await projections.ProgrammeAsync(message.ProgrammeCode, cancellationToken);
        await notifier.NotifyAsync(message, Templates.DraftExpiryWarning(message.Title, programme, message.LastActivityAt, message.ExpiresAt), Projections.DraftTeam(message.LeadUserId, message.ContactEmail, message.CoEditorEmails),
            cancellationToken);
    }
}
