using Defis.Contracts.Events;
using Defis.Correspondence.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Correspondence.Events;

/// <summary>
/// Removes what Correspondence holds of a purged dossier (decision 0032): its thread's messages, staff's notes on it, its
/// files with their content (the large objects unlinked in the same transaction), its team and jurors; then remembers it
/// as purged, so that a later event about it recreates nothing and an upload to it is refused. Tracked deletes, so the
/// audit trail records each removal by type and id, never its values. Under the dossier's lock: an upload or an event
/// being handled finishes first, or waits and then finds the dossier purged.
/// </summary>
public sealed class DossierPurgedConsumer(CorrespondenceDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierPurged, CorrespondenceDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierPurged message, ConsumeContext<DossierPurged> context, CancellationToken cancellationToken)
    {
        var dossierId = message.DossierId;
        if (await Db.LockAndCheckPurgedAsync(dossierId, cancellationToken))
        {
            return;
        }
        await RemoveFilesAsync(dossierId, cancellationToken);
        Db.Messages.RemoveRange(await Db.Messages.Where(m => m.DossierId == dossierId).ToListAsync(cancellationToken));
        Db.Annotations.RemoveRange(await Db.Annotations.Where(a => a.DossierId == dossierId).ToListAsync(cancellationToken));
        Db.Reviewers.RemoveRange(await Db.Reviewers.Where(r => r.DossierId == dossierId).ToListAsync(cancellationToken));
        Db.Teams.RemoveRange(await Db.Teams.Where(t => t.DossierId == dossierId).ToListAsync(cancellationToken));
        Db.PurgedDossiers.Add(new PurgedDossier { DossierId = dossierId, PurgedAt = Time.GetUtcNow() });
    }

    /// <summary>Every file of the dossier, whatever its scan state (pending, clean or quarantined), record and bytes.</summary>
    private async Task RemoveFilesAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var attachments = await Db.Attachments.Where(a => a.DossierId == dossierId).ToListAsync(cancellationToken);
        var ids = attachments.Select(a => a.Id).ToList();
        var contents = await Db.Contents.Where(c => ids.Contains(c.AttachmentId)).ToListAsync(cancellationToken);
        var objectIds = contents.Select(c => c.ObjectId).ToArray();
        // The bytes are large objects, which no row deletion removes: unlinked here, with the rows naming them.
        await Db.Database.ExecuteSqlAsync($"SELECT lo_unlink(o) FROM unnest({objectIds}::oid[]) AS o", cancellationToken);
        Db.Contents.RemoveRange(contents);
        Db.Attachments.RemoveRange(attachments);
    }
}
