using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>
/// Tells the team (lead and co-editors) that programme staff wrote on their dossier's thread. A message the team wrote
/// is not notified here: staff read the threads of their calls in Correspondence (no staff recipients are known here).
/// </summary>
public sealed class MessagePostedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<MessagePosted, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(MessagePosted message, ConsumeContext<MessagePosted> context, CancellationToken cancellationToken)
    {
        if (!message.ByStaff)
        {
            return;
        }
        var dossier = await projections.DossierAsync(message.DossierId, cancellationToken);
        IReadOnlyList<Recipient> team = dossier is not null
            ? Projections.TeamOf(dossier)
            : [new(message.LeadId, null), .. message.CoEditorEmails.Select(email => new Recipient(null, email))];
        await notifier.NotifyAsync(message, Templates.MessageReceived(message.Reference, message.Excerpt, message.AttachmentCount), team, cancellationToken);
    }
}
