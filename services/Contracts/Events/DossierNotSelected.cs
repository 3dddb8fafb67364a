namespace Defis.Contracts.Events;

/// <summary>
/// The jury released its decision for <paramref name="Phase"/> and this dossier was not selected.
/// <paramref name="CorrectsDecisionId"/> is set when a correction of that released decision took back its selection.
/// </summary>
public sealed record DossierNotSelected(
    Guid DossierId,
    Guid ProgrammeId,
    string ProgrammeCode,
    string Reference,
    string Phase,
    Guid DecisionId,
    string DecidedBy,
    Guid? CorrectsDecisionId = null) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
