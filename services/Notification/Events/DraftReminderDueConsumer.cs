using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Reminds the lead and the co-editors (7 days, then 1 day before closing) that the draft is not filed.</summary>
public sealed class DraftReminderDueConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<DraftReminderDue, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(DraftReminderDue message, ConsumeContext<DraftReminderDue> context, CancellationToken cancellationToken)
    {
        var programme = await projections.ProgrammeAsync(message.ProgrammeCode, cancellationToken);
        var reminder = Templates.DraftReminder(message.Title, programme, message.ClosesAt, message.DaysBeforeClosing);
        await notifier.NotifyAsync(message, reminder, Projections.DraftTeam(message.LeadUserId, message.ContactEmail, message.CoEditorEmails), cancellationToken);
    }
}
