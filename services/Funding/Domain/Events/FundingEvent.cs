namespace Defis.Funding.Domain.Events;

/// <summary>Identity, order and author of one funding event; <see cref="Sequence"/> has no gaps within a programme.</summary>
public sealed record EventHeader(Guid EventId, Guid ProgrammeId, long Sequence, DateTimeOffset OccurredAt, string Actor);

/// <summary>
/// A state change of the Funding domain, as partner ministries will hear of it. These are domain
/// records; the contracts project maps them to integration events and the outbox carries them.
/// </summary>
public abstract record FundingEvent(EventHeader Header);

public sealed record GrantProposed(EventHeader Header, Guid GrantId, Guid DossierId, Phase Phase, Money Amount, Money SelfFinancing)
    : FundingEvent(Header);

/// <summary><paramref name="Tranches"/>: the schedule as the commitment leaves it, those due at commitment paid.</summary>
public sealed record GrantCommitted(EventHeader Header, Guid GrantId, Guid DossierId, Phase Phase, Money Amount, Money SelfFinancing,
    IReadOnlyList<CommittedTranche> Tranches) : FundingEvent(Header);

/// <summary>A tranche as it stood when its grant was committed (the tranche itself changes later).</summary>
public sealed record CommittedTranche(int Number, Money Amount, int ShareBasisPoints, TrancheTrigger Trigger, string? Milestone, DateTimeOffset? ReleasedAt)
{
    public static CommittedTranche Of(Tranche tranche) =>
        new(tranche.Number, tranche.Amount, tranche.ShareBasisPoints, tranche.Trigger, tranche.Milestone, tranche.ReleasedAt);
}

public sealed record GrantAdjusted(EventHeader Header, Guid GrantId, Money PreviousAmount, Money NewAmount, string Reason)
    : FundingEvent(Header);

/// <summary><paramref name="ReleasedRoom"/>: what went back to the envelope (the amount not yet paid out).</summary>
public sealed record GrantCancelled(EventHeader Header, Guid GrantId, Money ReleasedRoom, string Reason)
    : FundingEvent(Header);

public sealed record TrancheReleased(EventHeader Header, Guid GrantId, int TrancheNumber, Money Amount, TrancheTrigger Trigger, string? Milestone)
    : FundingEvent(Header);

public sealed record ExpenseAccepted(EventHeader Header, Guid GrantId, Guid ExpenseId, ExpenseCategory Category, Money Amount)
    : FundingEvent(Header);

/// <summary><paramref name="Reasons"/> are in French: the laureate reads them.</summary>
public sealed record ExpenseRejected(EventHeader Header, Guid GrantId, Guid ExpenseId, ExpenseCategory Category, Money Amount,
    IReadOnlyList<string> Reasons) : FundingEvent(Header);

/// <summary>Commitments reached <paramref name="Percent"/> % (80 or 95) of the envelope; reported once per threshold.</summary>
public sealed record EnvelopeThresholdReached(EventHeader Header, int Percent, Money Committed, Money Total)
    : FundingEvent(Header);
