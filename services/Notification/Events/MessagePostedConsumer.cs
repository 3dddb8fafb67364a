using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>
/// Tells the other side of a dossier's thread: the team (lead and co-editors) when programme staff wrote, the staff
/// who have written on the thread when the team did (Correspondence names them; staff who never wrote there are not
/// known here). Once per event and recipient, with each one's digest preference.
/// </summary>
public sealed class MessagePostedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<MessagePosted, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(MessagePosted message, ConsumeContext<MessagePosted> context, CancellationToken cancellationToken)
    {
        if (!message.ByStaff)
        {
            var staff = await projections.UsersAsync(message.StaffUserIds ?? [], cancellationToken);
            await notifier.NotifyAsync(message, Templates.TeamMessageReceived(message.Reference, message.Excerpt, message.AttachmentCount), staff, cancellationToken);
            return;
        }
        var dossier = await projections.DossierAsync(message.DossierId, cancellationToken);
        IReadOnlyList<Recipient> team = dossier is not null
            ? Projections.TeamOf(dossier)
            : [new(message.LeadId, null), .. message.CoEditorEmails.Select(email => new Recipient(null, email))];
        await notifier.NotifyAsync(message, Templates.MessageReceived(message.Reference, message.Excerpt, message.AttachmentCount), team, cancellationToken);
    }
}
