using Defis.Contracts.Events;
using Defis.Jury.Domain;
using Defis.ServiceInfrastructure.Persistence;

namespace Defis.Jury.Outgoing;

/// <summary>What the platform learns when a panel's president releases a decision.</summary>
public static class ReleaseEvents
{
    /// <summary>
    /// The events of a release, in outbox order: one DossierSelected / DossierNotSelected per candidate whose
    /// outcome is new (every candidate of a first release; of a correction, those it changed, marked with the
    /// decision they correct), then PhaseSelectionReleased with the full lists, so that a consumer holding it
    /// has every outcome of the act.
    /// </summary>
    public static void AddReleaseEvents(this ServiceDbContext db, DecisionRelease release, DecisionRelease? corrected, Guid programmeId)
    {
        foreach (var integrationEvent in release.ToEvents(corrected, programmeId))
        {
            db.AddIntegrationEvent(integrationEvent);
        }
    }

    public static IEnumerable<IntegrationEvent> ToEvents(this DecisionRelease release, DecisionRelease? corrected, Guid programmeId)
    {
        var phase = release.Phase.ToString();
        foreach (var outcome in release.ChangedSince(corrected))
        {
            yield return outcome.Outcome == DecisionOutcomeKind.Selected
                ? new DossierSelected(outcome.DossierId, programmeId, release.ProgrammeCode, outcome.DossierReference, phase, release.DecisionId,
                    outcome.Rationale!, outcome.RecommendedGrantCents, release.ReleasedBy, release.CorrectsDecisionId, release.Revision) { OccurredAt = release.ReleasedAt }
                : new DossierNotSelected(outcome.DossierId, programmeId, release.ProgrammeCode, outcome.DossierReference, phase, release.DecisionId,
                    release.ReleasedBy, release.CorrectsDecisionId, release.Revision) { OccurredAt = release.ReleasedAt };
        }
        yield return new PhaseSelectionReleased(release.DecisionId, programmeId, release.ProgrammeCode, phase,
            DossiersWith(release, DecisionOutcomeKind.Selected), DossiersWith(release, DecisionOutcomeKind.NotSelected), release.ReleasedBy, release.ReleasedAt)
        {
            OccurredAt = release.ReleasedAt,
        };
    }

    private static Guid[] DossiersWith(DecisionRelease release, DecisionOutcomeKind outcome) =>
        release.Outcomes.Where(o => o.Outcome == outcome).Select(o => o.DossierId).ToArray();
}
