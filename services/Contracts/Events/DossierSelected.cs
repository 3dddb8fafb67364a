namespace Defis.Contracts.Events;

/// <summary>
/// The jury released its decision and this dossier enters <paramref name="Phase"/> (Exploration, Incubation or
/// Experimentation). Funding proposes a grant of the recommended amount (else the phase default); Accompaniment
/// opens a support plan; Submission records the outcome. <paramref name="CorrectsDecisionId"/> is set when a
/// correction of that released decision changed this dossier's outcome: the new outcome replaces the old one.
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
    Guid? CorrectsDecisionId = null) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
