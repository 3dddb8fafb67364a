namespace Defis.Contracts.Events;

/// <summary>
/// A coach validated a laureate's milestone. Funding releases the tranche tied to a milestone of this
/// <paramref name="Title"/> (compared without regard to case) for the dossier and phase.
/// </summary>
public sealed record MilestoneValidated(
    Guid MilestoneId,
    Guid PlanId,
    Guid ProgrammeId,
    Guid DossierId,
    string Phase,
    string Title,
    string ValidatedBy) : IntegrationEvent
{
    public override Guid AggregateId => PlanId;
}
