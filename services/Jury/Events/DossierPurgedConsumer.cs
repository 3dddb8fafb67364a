using Defis.Contracts.Events;
using Defis.Jury.Domain;
using Defis.Jury.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Jury.Events;

/// <summary>
/// Submission purged a dossier (decision 0032): the Jury empties what people wrote about it and its team's names
/// (<see cref="DossierPurge"/>), as tracked changes so the audit trail names the fields, and records the purge in its own
/// audit, even for a dossier it does not know yet, so that a DossierSubmitted arriving later brings no one back.
/// </summary>
public sealed class DossierPurgedConsumer(JuryDbContext db, TimeProvider time) : IdempotentConsumer<DossierPurged, JuryDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierPurged message, ConsumeContext<DossierPurged> context, CancellationToken cancellationToken)
    {
        var dossierId = message.DossierId;
        await Db.LockDossierAsync(dossierId, cancellationToken);
        if (await Db.PurgedDossiers.AnyAsync(p => p.DossierId == dossierId, cancellationToken))
        {
            return;
        }
        var now = Time.GetUtcNow();
        Db.PurgedDossiers.Add(new PurgedDossier { DossierId = dossierId, PurgedAt = now, Reason = message.Reason });
        var dossier = await Db.Dossiers.FindAsync([dossierId], cancellationToken);
        dossier?.Forget();
        var programmeCode = dossier?.ProgrammeCode ?? message.ProgrammeCode.Trim().ToUpperInvariant();
        (await Db.LockedRegisterAsync(programmeCode, exclusive: true, now, cancellationToken)).ForgetDossier(dossierId);
        (await Db.Reviews.Where(r => r.DossierId == dossierId).ToListAsync(cancellationToken)).ForEach(r => r.ForgetText());
        (await Db.Decisions.Where(d => d.ProgrammeCode == programmeCode).ToListAsync(cancellationToken)).ForEach(d => d.ForgetRationale(dossierId));
        foreach (var entry in await Db.AuditEntries.Where(e => e.DossierId == dossierId).ToListAsync(cancellationToken))
        {
            Db.Entry(entry).Property(e => e.Detail).CurrentValue = DossierPurge.DetailAfterPurge(entry);
        }
        Db.AuditEntries.Add(DossierPurge.Recorded(dossierId, message.Reason == PurgeReason.Erasure, now));
    }
}
