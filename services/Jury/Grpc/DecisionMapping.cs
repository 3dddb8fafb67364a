using Defis.Contracts.Events;
using Defis.Jury.Domain;
using Contract = Defis.Contracts.Jury.V1;

namespace Defis.Jury.Grpc;

internal static class DecisionMapping
{
    public static SelectionQuota ToDomain(this Contract.SelectionQuota? quota) =>
        quota is null ? SelectionQuota.None : new SelectionQuota(quota.HasMinimum ? quota.Minimum : null, quota.HasMaximum ? quota.Maximum : null);

    public static Contract.Decision ToContract(this PhaseDecision decision)
    {
        var quota = new Contract.SelectionQuota();
        if (decision.Quota.Minimum is { } minimum)
        {
            quota.Minimum = minimum;
        }
        if (decision.Quota.Maximum is { } maximum)
        {
            quota.Maximum = maximum;
        }
        var released = decision.Release?.Outcomes.ToDictionary(o => o.DossierId);
        var contract = new Contract.Decision
        {
            Id = decision.Id.ToString(),
            PanelId = decision.PanelId.ToString(),
            ProgrammeCode = decision.ProgrammeCode,
            Phase = (Contract.Phase)(int)decision.Phase,
            Status = (Contract.DecisionStatus)(int)decision.Status,
            Quota = quota,
            OpenedBy = decision.OpenedBy,
            OpenedAt = decision.OpenedAt.ToContract(),
            ReleasedAt = decision.ReleasedAt.ToContract(),
            CorrectsDecisionId = decision.CorrectsDecisionId?.ToString() ?? "",
            CorrectionReason = decision.CorrectionReason ?? "",
        };
        foreach (var candidate in decision.Candidates)
        {
            var selection = decision.Selections.FirstOrDefault(s => s.DossierId == candidate.DossierId);
            var line = new Contract.DecisionLine
            {
                DossierId = candidate.DossierId.ToString(),
                DossierReference = candidate.DossierReference,
                Outcome = released?[candidate.DossierId].Outcome is { } outcome ? (Contract.DecisionOutcome)(int)outcome
                    : selection is null ? Contract.DecisionOutcome.Unspecified : Contract.DecisionOutcome.Selected,
                Rationale = selection?.Rationale ?? "",
            };
            if (selection is not null)
            {
                line.RecommendedGrantCents = selection.RecommendedGrantCents;
            }
            contract.Lines.Add(line);
        }
        return contract;
    }

    /// <summary>
    /// The events of a release, in outbox order: one DossierSelected / DossierNotSelected per candidate whose
    /// outcome is new (every candidate of a first release; of a correction, those it changed, marked with the
    /// decision they correct), then PhaseSelectionReleased with the full lists, so that a consumer holding it
    /// has every outcome of the act.
    /// </summary>
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
