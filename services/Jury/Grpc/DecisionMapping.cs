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
}
