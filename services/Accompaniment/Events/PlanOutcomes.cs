using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Events;
using Defis.Accompaniment.Domain.Plans;
using Defis.Accompaniment.Persistence;
using Defis.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Defis.Accompaniment.Outgoing;

namespace Defis.Accompaniment.Events;

/// <summary>
/// Keeps each dossier's support plan in line with the facts it rests on, whatever order they arrive in: the jury's
/// newest verdict for the phase, the dossier as filed and the programme's coach pool. Whoever learns one of them
/// ends here under the programme's lock then the dossier's (always in that order), so two facts arriving at once are
/// never both missed, and a selection that cannot open its plan yet is recorded as waiting instead of failing.
/// </summary>
internal static class PlanOutcomes
{
    /// <summary>Records <paramref name="verdict"/> if it is newer than the one known, then follows it; an older or repeated one changes nothing.</summary>
    public static async Task ApplyAsync(this AccompanimentDbContext db, JuryVerdictRow verdict, ILogger logger, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await db.LockProgrammeAsync(verdict.ProgrammeId, cancellationToken);
        await db.LockDossierAsync(verdict.DossierId, cancellationToken);
        var known = await db.JuryVerdicts.FindAsync([verdict.DossierId, verdict.Phase], cancellationToken);
        if (!verdict.Verdict.Supersedes(known?.Verdict))
        {
            return;
        }
        if (known is null)
        {
            db.JuryVerdicts.Add(verdict);
            known = verdict;
        }
        else
        {
            (known.ProgrammeId, known.DecisionId, known.Revision, known.DecidedAt, known.DecidedBy, known.Selected) =
                (verdict.ProgrammeId, verdict.DecisionId, verdict.Revision, verdict.DecidedAt, verdict.DecidedBy, verdict.Selected);
        }
        await db.FollowAsync(known, logger, now, cancellationToken);
    }

    /// <summary>
    /// After the dossier or the pool arrived: the programme's selections waiting for it (all of them, or the one
    /// dossier's) open their plans now. The caller holds the programme's lock.
    /// </summary>
    public static async Task ResumeWaitingAsync(this AccompanimentDbContext db, Guid programmeId, Guid? dossierId, ILogger logger, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var waiting = await db.JuryVerdicts
            .Where(v => v.ProgrammeId == programmeId && v.WaitingFor != null && (dossierId == null || v.DossierId == dossierId))
            .OrderBy(v => v.DecidedAt).ThenBy(v => v.DossierId)
            .ToListAsync(cancellationToken);
        foreach (var verdict in waiting)
        {
            await db.LockDossierAsync(verdict.DossierId, cancellationToken);
            await db.FollowAsync(verdict, logger, now, cancellationToken);
            // Saved one by one, so the next opening counts this plan in its coach's load.
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static async Task FollowAsync(this AccompanimentDbContext db, JuryVerdictRow verdict, ILogger logger, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var planId = await db.Plans.Where(p => p.DossierId == verdict.DossierId && p.Phase == verdict.Phase).Select(p => (Guid?)p.Id)
            .SingleOrDefaultAsync(cancellationToken);
        var row = planId is { } id ? await db.LockPlanAsync(id, cancellationToken) : null;
        var plan = row is null ? null : await db.ToDomainAsync(row, cancellationToken);
        var dossier = await db.Dossiers.FindAsync([verdict.DossierId], cancellationToken);
        var pool = await db.CoachPools.FindAsync([verdict.ProgrammeId], cancellationToken);
        var change = new Change(new Caller(verdict.DecidedBy, AccompanimentRoles.None), now);
        var step = SelectionFollowUp.Next(verdict.Selected, plan, dossier is not null, pool is { CoachIds.Count: > 0 });
        if (step is PlanStep.WaitForDossier or PlanStep.WaitForCoachPool)
        {
            Wait(verdict, step, logger, now);
            return;
        }
        (verdict.WaitingFor, verdict.WaitingSince) = (null, null);
        if (step == PlanStep.Open && await db.PurgedDossiers.AnyAsync(p => p.DossierId == verdict.DossierId, cancellationToken))
        {
            // A selection arriving after the dossier's purge (decision 0032): there is no team left to accompany.
            logger.LogWarning("The selection of dossier {DossierId} for {Phase} arrived after its purge: no support plan", verdict.DossierId, verdict.Phase);
            return;
        }
        switch (step)
        {
            case PlanStep.Close:
                db.Record(row!, plan!, plan!.Close(SelectionFollowUp.SelectionWithdrawn, change));
                break;
            case PlanStep.Reopen:
                db.Record(row!, plan!, plan!.Reopen(change));
                break;
            case PlanStep.Open:
                await db.OpenAsync(verdict, dossier!, pool!, change, cancellationToken);
                break;
        }
    }

    private static void Record(this AccompanimentDbContext db, PlanRow row, SupportPlan plan, AccompanimentEvent? change)
    {
        row.CopyFrom(plan);
        db.AddPlanEvents(change is null ? [] : [change], plan);
    }

    private static void Wait(JuryVerdictRow verdict, PlanStep step, ILogger logger, DateTimeOffset now)
    {
        if (verdict.WaitingFor != step)
        {
            // Staff list these (CoachPools.ListWaitingSelections); the log says it where operations look too.
            logger.LogWarning("The selection of dossier {DossierId} for {Phase} waits for {Missing}: no support plan until it arrives",
                verdict.DossierId, verdict.Phase, step == PlanStep.WaitForCoachPool ? "the programme's coach pool" : "the dossier's filing");
        }
        verdict.WaitingFor = step;
        verdict.WaitingSince ??= now;
    }

    /// <summary>The least-loaded coach of the pool, the phase's duration and its template milestones.</summary>
    private static async Task OpenAsync(this AccompanimentDbContext db, JuryVerdictRow verdict, DossierRow dossier,
        CoachPool pool, Change change, CancellationToken cancellationToken)
    {
        var today = ParisTime.DateOf(change.Now);
        var team = await db.CoachLoadsAsync(pool.CoachIds, today, cancellationToken);
        var laureate = new Laureate(verdict.ProgrammeId, verdict.DossierId, verdict.Phase, dossier.Title, dossier.Theme, dossier.Territories,
            new HashSet<string>([dossier.LeadId], StringComparer.Ordinal));
        var (plan, events) = SupportPlan.Open(laureate, await db.StartAsync(verdict.ProgrammeId, verdict.Phase, today, cancellationToken), team,
            PhaseTemplate.DefaultFor(verdict.Phase), change);
        db.Plans.Add(PlanRow.From(plan));
        db.AddPlanEvents(events, plan);
    }

    /// <summary>The phase's announced start when it is still ahead, else the day of the opening.</summary>
    private static async Task<DateOnly> StartAsync(this AccompanimentDbContext db, Guid programmeId, Phase phase, DateOnly today,
        CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
        return programme?.StartOf(phase) is { } announced && announced > today ? announced : today;
    }
}
