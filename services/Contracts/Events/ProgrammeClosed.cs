namespace Defis.Contracts.Events;

/// <summary>A call reached its closing time; no dossier can be filed any more.</summary>
public sealed record ProgrammeClosed(Guid ProgrammeId, string Code, DateTimeOffset ClosedAt) : IntegrationEvent
{
    public override Guid AggregateId => ProgrammeId;
}
