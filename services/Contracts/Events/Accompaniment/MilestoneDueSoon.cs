namespace Defis.Contracts.Events;

/// <summary>
/// A milestone falls due within the follow-up's notice period (announced once per due date). The laureate
/// team (<paramref name="MemberIds"/>) and the coaches are the people to remind.
/// </summary>
public sealed record MilestoneDueSoon(
    Guid MilestoneId,
    Guid PlanId,
    Guid ProgrammeId,
    Guid DossierId,
    string Title,
    DateOnly Due,
    IReadOnlyList<string> CoachIds,
    IReadOnlyList<string> MemberIds) : IntegrationEvent
{
    public override Guid AggregateId => PlanId;
}
