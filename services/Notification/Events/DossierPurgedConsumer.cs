using Defis.Contracts.Events;
using Defis.Notification.Persistence;
using Defis.Notification.Persistence.Projections;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Notification.Events;

/// <summary>
/// Removes what Notification holds of a purged dossier (decision 0032): its contact, the notices waiting for it, and the
/// inbox entries, emails (attachments included) and webhook calls its events caused, with the daily digests that carried
/// any of them; then remembers it as purged, so that a later event about it causes nothing. Tracked deletes, so the
/// audit trail records each removal by type and id, never its values. Partners subscribed to DossierPurged are called.
/// </summary>
public sealed class DossierPurgedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, PurgedDossiers purged)
    : IdempotentConsumer<DossierPurged, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierPurged message, ConsumeContext<DossierPurged> context, CancellationToken cancellationToken)
    {
        var dossierId = message.DossierId;
        await purged.LockAsync(dossierId, cancellationToken);
        await RemoveProjectionsAsync(dossierId, cancellationToken);
        await RemoveNoticesAsync(dossierId, cancellationToken);
        if (!await Db.PurgedDossiers.AnyAsync(p => p.DossierId == dossierId, cancellationToken))
        {
            Db.PurgedDossiers.Add(new PurgedDossier { DossierId = dossierId, PurgedAt = Time.GetUtcNow() });
        }
        await notifier.CallWebhooksAsync(message, cancellationToken);
    }

    private async Task RemoveProjectionsAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        Db.DossierContacts.RemoveRange(await Db.DossierContacts.Where(d => d.DossierId == dossierId).ToListAsync(cancellationToken));
        Db.ParkedNotices.RemoveRange(await Db.ParkedNotices.Where(p => p.DossierId == dossierId).ToListAsync(cancellationToken));
    }

    /// <summary>
    /// A digest groups one person's notices of a day, of several dossiers: it goes whole when it carried one of this
    /// dossier's, since its text repeats theirs; the other dossiers' notices stay, each in its own row.
    /// </summary>
    private async Task RemoveNoticesAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        Db.InboxNotifications.RemoveRange(await Db.InboxNotifications.Where(n => n.DossierId == dossierId).ToListAsync(cancellationToken));
        var deliveries = await Db.Deliveries.Where(d => d.DossierId == dossierId).ToListAsync(cancellationToken);
        var digestIds = deliveries.Select(d => d.DigestId).OfType<Guid>().Distinct().ToList();
        Db.Deliveries.RemoveRange(deliveries);
        Db.Deliveries.RemoveRange(await Db.Deliveries.Where(d => digestIds.Contains(d.Id)).ToListAsync(cancellationToken));
    }
}
