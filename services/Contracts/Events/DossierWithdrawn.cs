namespace Defis.Contracts.Events;

/// <summary>The lead withdrew the dossier before any decision; the reference is null for a draft.</summary>
public sealed record DossierWithdrawn(Guid DossierId, string ProgrammeCode, string? Reference, string? Reason, string WithdrawnBy) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
