using Defis.Funding.Domain.Events;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.Domain;

public sealed partial class Grant
{
    public const int ReasonMaxLength = 500;

    /// <summary>
    /// A finance officer changes the amount. Before commitment it is only a new proposal. After, the
    /// new amount must be in range, not below what is already paid, and an increase needs envelope
    /// room; the unpaid tranches are re-split over what remains, by the same rounding rule.
    /// </summary>
    public IReadOnlyList<FundingEvent> Adjust(Money newAmount, string reason, Envelope envelope, FundingRules rules, ChangeContext change)
    {
        new FieldViolations().PositiveAmount("amount", newAmount).RequiredText("reason", reason, ReasonMaxLength).ThrowIfAny();
        RequireSameProgramme(envelope, change);
        if (Status == GrantStatus.Cancelled)
        {
            throw new PreconditionFailedException("GRANT_STATE", "grant", "Une dotation annulée ne peut pas être modifiée.");
        }
        if (newAmount == Amount)
        {
            return [];
        }
        var previous = Amount;
        var crossed = IsCommitted ? MoveCommitment(newAmount, envelope, rules) : [];
        Amount = newAmount;
        List<FundingEvent> events = [new GrantAdjusted(change.NextHeader(ProgrammeId), Id, previous, newAmount, reason.Trim())];
        events.AddRange(ThresholdEvents(crossed, envelope, change));
        return events;
    }

    /// <summary>Cancels the grant; the unpaid part goes back to the envelope. Cancelling twice does nothing more.</summary>
    public IReadOnlyList<FundingEvent> Cancel(string reason, Envelope envelope, ChangeContext change)
    {
        new FieldViolations().RequiredText("reason", reason, ReasonMaxLength).ThrowIfAny();
        RequireSameProgramme(envelope, change);
        if (Status == GrantStatus.Cancelled)
        {
            return [];
        }
        var room = IsCommitted ? Amount - Released : Money.Zero;
        if (IsCommitted)
        {
            envelope.Release(Phase, room);
        }
        foreach (var tranche in _tranches.Where(t => t.IsScheduled))
        {
            tranche.Status = TrancheStatus.Cancelled;
        }
        Status = GrantStatus.Cancelled;
        return [new GrantCancelled(change.NextHeader(ProgrammeId), Id, room, reason.Trim())];
    }

    private IReadOnlyList<int> MoveCommitment(Money newAmount, Envelope envelope, FundingRules rules)
    {
        var released = Released;
        var unpaid = _tranches.Where(t => t.IsScheduled).ToList();
        List<PreconditionViolation> violations = [];
        AddIfAny(violations, CheckRange(newAmount, rules));
        if (newAmount < released)
        {
            violations.Add(new("ALREADY_RELEASED", "amount", $"{released.ToFrench()} ont déjà été versés : le montant ne peut pas descendre en dessous."));
        }
        else if (unpaid.Count == 0)
        {
            violations.Add(new("ALL_RELEASED", "amount", "Toutes les tranches sont versées : le montant ne peut plus changer."));
        }
        if (newAmount > Amount)
        {
            AddIfAny(violations, envelope.CheckRoom(Phase, newAmount - Amount));
        }
        if (violations.Count > 0)
        {
            throw new PreconditionFailedException(violations);
        }
        var crossed = newAmount > Amount ? envelope.Commit(Phase, newAmount - Amount) : [];
        if (newAmount < Amount)
        {
            envelope.Release(Phase, Amount - newAmount);
        }
        var amounts = TrancheSplit.Split(newAmount - released, unpaid.Select(t => t.ShareBasisPoints).ToList());
        for (var i = 0; i < unpaid.Count; i++)
        {
            unpaid[i].Amount = amounts[i];
        }
        Status = GrantStatus.Adjusted;
        return crossed;
    }
}
