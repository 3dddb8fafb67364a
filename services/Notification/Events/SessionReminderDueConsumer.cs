using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Reminds the confirmed registrants, the day before, of when and where the session takes place.</summary>
public sealed class SessionReminderDueConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<SessionReminderDue, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(SessionReminderDue message, ConsumeContext<SessionReminderDue> context, CancellationToken cancellationToken)
    {
        foreach (var attendee in message.Attendees)
        {
            await projections.RememberUserAsync(attendee.UserId, attendee.Email, cancellationToken);
        }
        var reminder = Templates.SessionReminder(message.SessionTitle, message.StartsAt, message.EndsAt, message.Location);
        await notifier.NotifyAsync(message, reminder, message.Attendees.Select(a => new Recipient(a.UserId, a.Email)), cancellationToken);
    }
}
