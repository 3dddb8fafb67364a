namespace Defis.Contracts.Events;

/// <summary>
/// The jury released its decision for <paramref name="Phase"/> and this dossier was not selected.
/// <paramref name="CorrectsDecisionId"/> is set when a correction of that released decision took back its selection.
/// <paramref name="DecisionRevision"/> orders outcomes of one dossier and phase, as for <see cref="DossierSelected"/>.
/// </summary>
public sealed record DossierNotSelected(
    Guid DossierId,
    Guid ProgrammeId,
    string ProgrammeCode,
    string Reference,
    string Phase,
    Guid DecisionId,
    string DecidedBy,
    Guid? CorrectsDecisionId = null,
    int DecisionRevision = 1) : IntegrationEvent, IJuryVerdictEvent
{
    public override Guid AggregateId => DossierId;

    bool IJuryVerdictEvent.Selected => false;
}
