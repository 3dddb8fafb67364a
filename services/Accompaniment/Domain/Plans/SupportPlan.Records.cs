using Defis.Accompaniment.Domain.CheckIns;
using Defis.Accompaniment.Domain.Milestones;

namespace Defis.Accompaniment.Domain.Plans;

/// <summary>What persistence stores for the plan itself (its milestones and check-ins are rows of their own).</summary>
public sealed record SupportPlanRecord(Guid Id, Laureate Laureate, DateOnly Start, DateOnly End, IReadOnlyList<string> CoachIds, DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt = null, string? ClosureReason = null);

public sealed partial class SupportPlan
{
    public SupportPlanRecord ToRecord() => new(Id, Laureate, Start, End, [.. _coachIds], OpenedAt, ClosedAt, ClosureReason);

    /// <summary>Rebuilds a plan exactly as saved. Rows of another plan are a programming error, not a user's.</summary>
    public static SupportPlan Restore(SupportPlanRecord record, IEnumerable<MilestoneRecord> milestones, IEnumerable<CheckIn> checkIns)
    {
        var plan = new SupportPlan(record.Id, record.Laureate, record.Start, record.End, record.CoachIds, record.OpenedAt)
        {
            ClosedAt = record.ClosedAt,
            ClosureReason = record.ClosureReason,
        };
        plan._milestones.AddRange(milestones.Select(Milestone.Restore));
        plan._checkIns.AddRange(checkIns.OrderBy(c => c.SubmittedAt));
        if (plan._milestones.Any(m => m.PlanId != plan.Id) || plan._checkIns.Any(c => c.PlanId != plan.Id))
        {
            throw new InvalidOperationException($"Rows of another plan given to plan {plan.Id}.");
        }
        return plan;
    }
}
