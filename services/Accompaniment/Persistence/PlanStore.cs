using Defis.Accompaniment.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Defis.Accompaniment.Persistence;

/// <summary>How the service reads plans: locked for a change, or as they are for a read.</summary>
public static class PlanStore
{
    /// <summary>
    /// The plan and its milestones under a row lock held until the caller's transaction ends: changes to
    /// one plan are serialised, so each one starts from the last committed state. Null when there is none.
    /// </summary>
    public static async Task<PlanRow?> LockPlanAsync(this AccompanimentDbContext db, Guid planId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM support_plans WHERE id = {planId} FOR UPDATE", cancellationToken);
        return await db.Plans.Include(p => p.Milestones).SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
    }

    public static async Task<SupportPlan> ToDomainAsync(this AccompanimentDbContext db, PlanRow row, CancellationToken cancellationToken) =>
        row.ToDomain(await db.CheckIns.AsNoTracking().Where(c => c.PlanId == row.Id).ToListAsync(cancellationToken));

    /// <summary>Read-only plans with their milestones and check-ins, for lists and the portfolio.</summary>
    public static async Task<List<SupportPlan>> ReadPlansAsync(this AccompanimentDbContext db, IQueryable<PlanRow> query, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking().Include(p => p.Milestones).OrderBy(p => p.OpenedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var checkIns = (await db.CheckIns.AsNoTracking().Where(c => ids.Contains(c.PlanId)).ToListAsync(cancellationToken)).ToLookup(c => c.PlanId);
        return [.. rows.Select(r => r.ToDomain(checkIns[r.Id]))];
    }

    /// <summary>
    /// How many running plans (not closed, end not past) each coach of <paramref name="coachIds"/> carries now, across
    /// programmes (a coach's week is the same whatever the call). Coaches without any plan count 0.
    /// </summary>
    public static async Task<List<CoachLoad>> CoachLoadsAsync(this AccompanimentDbContext db, IReadOnlyCollection<string> coachIds, DateOnly today,
        CancellationToken cancellationToken)
    {
        var ids = coachIds.Distinct(StringComparer.Ordinal).ToList();
        // A few hundred open plans at most: counting their coach lists here is simpler than unnesting in SQL.
        var teams = await db.Plans.AsNoTracking()
            .Where(p => p.EndsOn >= today && p.ClosedAt == null && p.CoachIds.Any(c => ids.Contains(c)))
            .Select(p => p.CoachIds)
            .ToListAsync(cancellationToken);
        return [.. ids.Select(id => new CoachLoad(id, teams.Count(team => team.Contains(id))))];
    }

    /// <summary>
    /// The programme's lock, held until the transaction ends: plan openings (which count the coaches' loads), pool
    /// changes and every fact about the programme's dossiers take it first, so they happen one after the other. An
    /// advisory lock, because it must exist before the pool's row does: a selection finding no pool and a pool being
    /// set at the same time must not both miss each other.
    /// </summary>
    public static Task LockProgrammeAsync(this AccompanimentDbContext db, Guid programmeId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({programmeId.ToString()}, 0))", cancellationToken);

    /// <summary>A dossier's lock, taken after its programme's: its verdicts and its filing are applied one after the other.</summary>
    public static Task LockDossierAsync(this AccompanimentDbContext db, Guid dossierId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({dossierId.ToString()}, 0))", cancellationToken);

    /// <summary>The programme's coach pool under the programme's lock: concurrent openings count loads one after the other.</summary>
    public static async Task<CoachPool?> LockCoachPoolAsync(this AccompanimentDbContext db, Guid programmeId, CancellationToken cancellationToken)
    {
        await db.LockProgrammeAsync(programmeId, cancellationToken);
        return await db.CoachPools.SingleOrDefaultAsync(p => p.ProgrammeId == programmeId, cancellationToken);
    }
}
