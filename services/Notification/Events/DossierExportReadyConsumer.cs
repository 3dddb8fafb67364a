using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>
/// Tells the staff member who started a background export that it is ready (inbox, and email at the address their token
/// gave Submission, else the one an earlier event gave for them), with the link and its expiry. Nobody else is told:
/// the file is theirs alone.
/// </summary>
public sealed class DossierExportReadyConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<DossierExportReady, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierExportReady message, ConsumeContext<DossierExportReady> context, CancellationToken cancellationToken)
    {
        if (message.RequesterEmail is { } email)
        {
            await projections.RememberUserAsync(message.RequestedBy, email, cancellationToken);
        }
        var programme = await projections.ProgrammeAsync(message.ProgrammeCode, cancellationToken);
        var requester = await projections.UsersAsync([message.RequestedBy], cancellationToken);
        await notifier.NotifyAsync(message,
            Templates.DossierExportReady(programme, message.Format, message.Rows, message.DownloadPath, message.ExpiresAt), requester, cancellationToken);
    }
}
