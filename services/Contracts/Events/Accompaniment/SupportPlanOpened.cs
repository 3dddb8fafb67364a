namespace Defis.Contracts.Events;

/// <summary>
/// A laureate's support plan for <paramref name="Phase"/> opened after the jury's selection: who coaches it
/// and who is in the laureate team (user ids), so that Notification can greet both sides.
/// </summary>
public sealed record SupportPlanOpened(
    Guid PlanId,
    Guid ProgrammeId,
    Guid DossierId,
    string Phase,
    string ProjectTitle,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<string> CoachIds,
    IReadOnlyList<string> MemberIds,
    IReadOnlyList<MilestoneSummary> Milestones) : IntegrationEvent
{
    public override Guid AggregateId => PlanId;
}

/// <summary>One milestone of a plan as announced: its title and Paris due day.</summary>
public sealed record MilestoneSummary(Guid MilestoneId, string Title, DateOnly Due);
