namespace Defis.Contracts.Events;

/// <summary>
/// A milestone's Paris due day ended without evidence: it is now Late (announced once per due date).
/// </summary>
public sealed record MilestoneOverdue(
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
