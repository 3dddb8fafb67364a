namespace Defis.Contracts.Events;

/// <summary>
/// The jury released its decision and this dossier enters <paramref name="Phase"/> (Exploration, Incubation or
/// Experimentation). Funding proposes a grant of the recommended amount (else the phase default); Accompaniment
/// opens a support plan; Submission records the outcome. <paramref name="CorrectsDecisionId"/> is set when a
/// correction of that released decision changed this dossier's outcome: the new outcome replaces the old one.
/// <paramref name="DecisionRevision"/> is 1 for a first release and one more for each correction; consumers keep the
/// outcome of the highest revision whatever order events arrive in (docs/decisions/0019-decision-convergence.md).
/// </summary>
public sealed record DossierSelected(
    Guid DossierId,
    Guid ProgrammeId,
    string ProgrammeCode,
    string Reference,
    string Phase,
    Guid DecisionId,
    string Rationale,
    long? RecommendedGrantCents,
    string DecidedBy,
    Guid? CorrectsDecisionId = null,
    int DecisionRevision = 1) : IntegrationEvent, IJuryVerdictEvent
{
    public override Guid AggregateId => DossierId;

    bool IJuryVerdictEvent.Selected => true;
}
