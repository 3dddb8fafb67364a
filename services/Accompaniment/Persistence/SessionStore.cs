using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Sessions;
using Defis.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Defis.Accompaniment.Persistence;

/// <summary>How the service reads sessions, and who sees them.</summary>
public static class SessionStore
{
    /// <summary>
    /// The session and its registrations under a row lock held until the caller's transaction ends:
    /// concurrent registrations queue here, each reading the seats and arrival counter the previous one committed.
    /// </summary>
    public static async Task<SessionRow?> LockSessionAsync(this AccompanimentDbContext db, Guid sessionId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM sessions WHERE id = {sessionId} FOR UPDATE", cancellationToken);
        return await db.Sessions.Include(s => s.Registrations).SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
    }

    /// <summary>
    /// Open sessions are for everyone signed in; a coaching session tied to a plan only for the people
    /// who see that plan, its dossier's co-editors included (each registers themselves, as anyone who sees a session
    /// may). Anything else reads as not found.
    /// </summary>
    public static async Task<Session> RequireVisibleAsync(this AccompanimentDbContext db, SessionRow? row, Guid sessionId, Caller caller,
        CancellationToken cancellationToken)
    {
        if (row is not null && (row.PlanId is null || await db.CanReadPlanAsync(row.PlanId.Value, caller, cancellationToken)))
        {
            return row.ToDomain();
        }
        throw new NotFoundException("Séance", sessionId.ToString());
    }

    public static async Task<bool> CanReadPlanAsync(this AccompanimentDbContext db, Guid planId, Caller caller, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        return plan is not null && AccompanimentAccess.CanReadPlan(caller, plan.ToDomain([]), await db.CoEditorsOfAsync(plan.DossierId, cancellationToken));
    }

    /// <summary>
    /// The plans whose sessions <paramref name="caller"/> may see (coached, led, or of a dossier they co-edit), or null when
    /// they see all (staff).
    /// </summary>
    public static async Task<List<Guid>?> VisiblePlanIdsAsync(this AccompanimentDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        if (caller.Is(AccompanimentRoles.ProgrammeStaff))
        {
            return null;
        }
        var coEdited = db.CoEditedDossierIds(caller);
        return await db.Plans.Where(p => p.CoachIds.Contains(caller.UserId) || p.MemberIds.Contains(caller.UserId) || coEdited.Contains(p.DossierId))
            .Select(p => p.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The sessions <paramref name="caller"/> may see: every open session, and those of their own plans.</summary>
    public static async Task<IQueryable<SessionRow>> VisibleSessionsAsync(this AccompanimentDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        var plans = await db.VisiblePlanIdsAsync(caller, cancellationToken);
        return db.Sessions.AsNoTracking().Include(s => s.Registrations)
            .Where(s => s.PlanId == null || plans == null || plans.Contains(s.PlanId.Value));
    }
}
