using Defis.Accompaniment.Persistence;
using Defis.Contracts.Events;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Accompaniment.Events;

/// <summary>
/// Submission purged a dossier (decision 0032): its plans lose their check-ins, their milestones' evidence and notes,
/// their team and title; the dossier its lead, contact and co-editors. Tracked changes, so the audit trail names what
/// changed. The purge is recorded even for a dossier not known yet, so that a later DossierSubmitted or selection brings no one back.
/// </summary>
public sealed class DossierPurgedConsumer(AccompanimentDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierPurged, AccompanimentDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierPurged message, ConsumeContext<DossierPurged> context, CancellationToken cancellationToken)
    {
        var dossierId = message.DossierId;
        // The dossier's lock, as its filing and its verdicts take it (the purge knows no programme id, so takes no programme lock).
        await Db.LockDossierAsync(dossierId, cancellationToken);
        if (await Db.PurgedDossiers.AnyAsync(p => p.DossierId == dossierId, cancellationToken))
        {
            return;
        }
        Db.PurgedDossiers.Add(new PurgedDossier { DossierId = dossierId, PurgedAt = Time.GetUtcNow(), Reason = message.Reason });
        (await Db.Dossiers.FindAsync([dossierId], cancellationToken))?.Forget();
        await Db.ForgetTeamAsync(dossierId, cancellationToken);
        var planIds = await Db.Plans.Where(p => p.DossierId == dossierId).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var planId in planIds)
        {
            (await Db.LockPlanAsync(planId, cancellationToken))?.Forget();
        }
        Db.CheckIns.RemoveRange(await Db.CheckIns.Where(c => planIds.Contains(c.PlanId)).ToListAsync(cancellationToken));
    }
}
