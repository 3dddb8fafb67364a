using Defis.Accompaniment.Domain.CheckIns;
using Defis.Accompaniment.Domain.Plans;

namespace Defis.Accompaniment.Persistence;

/// <summary>
/// One support plan as stored. The domain's <see cref="SupportPlan"/> is rebuilt from it (with its
/// milestones and check-ins) for every change, and its state copied back before saving.
/// </summary>
public sealed class PlanRow
{
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }

    public Guid DossierId { get; set; }

    public Phase Phase { get; set; }

    public string ProjectTitle { get; set; } = "";

    public string Theme { get; set; } = "";

    public List<string> Territories { get; set; } = [];

    public List<string> MemberIds { get; set; } = [];

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public List<string> CoachIds { get; set; } = [];

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>Set while the plan is closed (its selection taken back); the follow-up and coach loads skip it.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosureReason { get; set; }

    public List<MilestoneRow> Milestones { get; set; } = [];

    public Laureate Laureate => new(ProgrammeId, DossierId, Phase, ProjectTitle, Theme, Territories, MemberIds.ToHashSet(StringComparer.Ordinal));

    public static PlanRow From(SupportPlan plan)
    {
        var laureate = plan.Laureate;
        var row = new PlanRow
        {
            Id = plan.Id, ProgrammeId = laureate.ProgrammeId, DossierId = laureate.DossierId, Phase = laureate.Phase,
            ProjectTitle = laureate.ProjectTitle, Theme = laureate.Theme, Territories = [.. laureate.Territories],
            MemberIds = [.. laureate.MemberIds.Order(StringComparer.Ordinal)], StartsOn = plan.Start, EndsOn = plan.End, OpenedAt = plan.OpenedAt,
        };
        row.CopyFrom(plan);
        return row;
    }

    public SupportPlan ToDomain(IEnumerable<CheckIn> checkIns) =>
        SupportPlan.Restore(new SupportPlanRecord(Id, Laureate, StartsOn, EndsOn, CoachIds, OpenedAt, ClosedAt, ClosureReason),
            Milestones.Select(m => m.ToRecord()), checkIns);

    /// <summary>
    /// The purge (decision 0032): the team's members and the project's title go, and every milestone's evidence and
    /// note; the skeleton stays for the counts (phase, dates, coaches, milestones' names, due dates and statuses).
    /// </summary>
    public void Forget()
    {
        ProjectTitle = DossierRow.PurgedTitle;
        MemberIds = [];
        Milestones.ForEach(m => m.ForgetEvidence());
    }

    /// <summary>What a change may have touched: the closure, the coaches and the milestones (new ones are added).</summary>
    public void CopyFrom(SupportPlan plan)
    {
        (ClosedAt, ClosureReason) = (plan.ClosedAt, plan.ClosureReason);
        CoachIds = [.. plan.CoachIds];
        foreach (var milestone in plan.Milestones)
        {
            var record = milestone.ToRecord();
            if (Milestones.FirstOrDefault(m => m.Id == record.Id) is { } row)
            {
                row.CopyFrom(record);
            }
            else
            {
                Milestones.Add(MilestoneRow.From(record));
            }
        }
    }
}
