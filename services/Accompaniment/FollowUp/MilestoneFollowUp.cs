using Defis.ServiceInfrastructure.Scheduling;
using Defis.Accompaniment.Domain.FollowUp;
using Defis.Accompaniment.Domain.Milestones;
using Defis.Accompaniment.Persistence;
using Defis.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Defis.Accompaniment.Outgoing;

namespace Defis.Accompaniment.FollowUp;

/// <summary>
/// One pass of the follow-up: marks milestones Late and announces MilestoneDueSoon / MilestoneOverdue.
/// Each batch locks its milestones with FOR UPDATE SKIP LOCKED, so a second instance running at the same
/// time takes other rows, and saves the milestones (with the due date each announcement was made for)
/// and the outbox rows of their events in one transaction: an announcement is made once per due date,
/// across restarts and instances.
/// </summary>
public sealed class MilestoneFollowUp(AccompanimentDbContext db, TimeProvider time, IOptions<FollowUpOptions> options) : IScheduledPass
{
    /// <summary>Returns the number of announcements made.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var policy = FollowUpPolicy.Create(options.Value.DueSoonDays);
        var announced = 0;
        while (true)
        {
            var (taken, events) = await RunBatchAsync(policy, cancellationToken);
            announced += events;
            if (taken < options.Value.BatchSize)
            {
                return announced;
            }
        }
    }

    private async Task<(int Taken, int Events)> RunBatchAsync(FollowUpPolicy policy, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.InTransactionAsync(async () =>
        {
            var now = time.GetUtcNow();
            var rows = await DueRowsAsync(ParisTime.DateOf(now), policy, cancellationToken);
            var milestones = rows.Select(r => Milestone.Restore(r.ToRecord())).ToList();
            var events = FollowUpScheduler.Run(milestones, now, policy);
            foreach (var milestone in milestones)
            {
                rows.Single(r => r.Id == milestone.Id).CopyFrom(milestone.ToRecord());
            }
            var planIds = rows.Select(r => r.PlanId).Distinct().ToList();
            var plans = (await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToListAsync(cancellationToken))
                .ToDictionary(p => p.Id, p => p.ToDomain([]));
            foreach (var group in events.GroupBy(PlanIdOf))
            {
                db.AddPlanEvents(group, plans[group.Key]);
            }
            return (rows.Count, events.Count);
        }, cancellationToken);
    }

    /// <summary>
    /// Exactly the milestones the scheduler would act on (so a batch never comes back empty-handed): of a running
    /// plan (a closed one follows up nothing), still awaiting the laureate, and either due within the notice period without its "due soon", or past
    /// their day without being Late or without their "overdue".
    /// </summary>
    private Task<List<MilestoneRow>> DueRowsAsync(DateOnly today, FollowUpPolicy policy, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(policy.DueSoonDays);
        return db.Milestones.FromSql($"""
            SELECT * FROM milestones
            WHERE status IN ('Planned', 'InProgress', 'Late') AND due <= {horizon}
              AND plan_id IN (SELECT id FROM support_plans WHERE closed_at IS NULL)
              AND ((due >= {today} AND due_soon_announced_for IS DISTINCT FROM due)
                OR (due < {today} AND (status <> 'Late' OR overdue_announced_for IS DISTINCT FROM due)))
            ORDER BY due, id
            LIMIT {options.Value.BatchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
    }

    private static Guid PlanIdOf(Domain.Events.AccompanimentEvent e) => e switch
    {
        Domain.Events.MilestoneDueSoon d => d.PlanId,
        Domain.Events.MilestoneOverdue o => o.PlanId,
        _ => throw new InvalidOperationException($"The follow-up raised an unexpected {e.GetType().Name}."),
    };
}
