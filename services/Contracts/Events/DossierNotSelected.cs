namespace Defis.Contracts.Events;

/// <summary>The jury released its decision for <paramref name="Phase"/> and this dossier was not selected.</summary>
public sealed record DossierNotSelected(
    Guid DossierId,
    Guid ProgrammeId,
    string ProgrammeCode,
    string Reference,
    string Phase,
    Guid DecisionId,
    string DecidedBy) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
