namespace Defis.Contracts.Events;

/// <summary>Staff archived a closed call: it leaves the lists of calls; its dossiers are kept for its retention period.</summary>
public sealed record ProgrammeArchived(Guid ProgrammeId, string Code, DateTimeOffset ArchivedAt) : IntegrationEvent
{
    public override Guid AggregateId => ProgrammeId;
}
