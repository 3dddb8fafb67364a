using Defis.Funding.Domain.Events;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.Domain;

public sealed partial class Grant
{
    /// <summary>
    /// A finance officer commits the proposed amount. Refused, with every reason at once, unless the
    /// dossier is selected for this very phase, the amount is within the phase range (raised for
    /// collective candidacies) and the envelope has room. Tranches due at commitment are paid at once.
    /// </summary>
    public IReadOnlyList<FundingEvent> Commit(DossierSelections selections, Envelope envelope, FundingRules rules,
        IReadOnlyList<TrancheTerm> schedule, ChangeContext change)
    {
        TrancheTerm.Validate(schedule);
        RequireSameProgramme(envelope, change);
        RequireStatus(GrantStatus.Proposed, "Seule une dotation proposée peut être engagée.");
        List<PreconditionViolation> violations = [];
        if (!selections.Includes(DossierId, Phase))
        {
            violations.Add(new("SELECTION", "phase", $"Le dossier n'est pas retenu pour la phase {Phase.InFrench()} : pas d'engagement possible."));
        }
        AddIfAny(violations, CheckRange(Amount, rules));
        AddIfAny(violations, envelope.CheckRoom(Phase, Amount));
        if (violations.Count > 0)
        {
            throw new PreconditionFailedException(violations);
        }
        var crossed = envelope.Commit(Phase, Amount);
        Status = GrantStatus.Committed;
        CommittedAt = change.Now;
        CommittedBy = change.Actor;
        Schedule(schedule);
        // The commitment is numbered first, but tells the schedule as the change leaves it: the tranches due now paid.
        var header = change.NextHeader(ProgrammeId);
        var thresholds = ThresholdEvents(crossed, envelope, change).ToList();
        var releases = _tranches.Where(t => t.Trigger == TrancheTrigger.AtCommitment).Select(t => Release(t, envelope, change)).ToList();
        return [new GrantCommitted(header, Id, DossierId, Phase, Amount, SelfFinancing, [.. _tranches.Select(CommittedTranche.Of)]), .. thresholds, .. releases];
    }

    private void Schedule(IReadOnlyList<TrancheTerm> schedule)
    {
        // Only a proposal is scheduled, and a proposal has no tranches yet.
        var amounts = TrancheSplit.Split(Amount, schedule.Select(t => t.ShareBasisPoints).ToList());
        _tranches.AddRange(schedule.Select((term, i) => new Tranche(i + 1, term, amounts[i])));
    }

    private PreconditionViolation? CheckRange(Money amount, FundingRules rules)
    {
        var range = FundedRange(rules, ProgrammeId, Phase);
        var ceiling = rules.Allowance.CeilingFor(range, Collectivity);
        if (amount >= range.Min && amount <= ceiling)
        {
            return null;
        }
        var bonus = ceiling > range.Max ? $" (dont {rules.Allowance.PercentAboveMax} % de plus pour une candidature collective)" : "";
        return new("AMOUNT_RANGE", "amount",
            $"Le montant {amount.ToFrench()} est hors de la fourchette de la phase {Phase.InFrench()} : de {range.Min.ToFrench()} à {ceiling.ToFrench()}{bonus}.");
    }

    private void RequireStatus(GrantStatus expected, string description)
    {
        if (Status != expected)
        {
            throw new PreconditionFailedException("GRANT_STATE", "grant", description);
        }
    }

    private static IEnumerable<FundingEvent> ThresholdEvents(IReadOnlyList<int> crossed, Envelope envelope, ChangeContext change) =>
        crossed.Select(percent => new EnvelopeThresholdReached(change.NextHeader(envelope.ProgrammeId), percent, envelope.Committed, envelope.Total));

    private static void AddIfAny(List<PreconditionViolation> violations, PreconditionViolation? violation)
    {
        if (violation is not null)
        {
            violations.Add(violation);
        }
    }
}
