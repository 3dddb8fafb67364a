using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Tells the uploader of an infected file that it was quarantined and why (Correspondence's French reason).</summary>
public sealed class AttachmentQuarantinedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<AttachmentQuarantined, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(AttachmentQuarantined message, ConsumeContext<AttachmentQuarantined> context, CancellationToken cancellationToken)
    {
        var uploader = await projections.UsersAsync([message.UploadedBy], cancellationToken);
        await notifier.NotifyAsync(message, Templates.AttachmentQuarantined(message.FileName, message.ReasonInFrench), uploader, cancellationToken);
    }
}
