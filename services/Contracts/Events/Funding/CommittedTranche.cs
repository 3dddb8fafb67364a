namespace Defis.Contracts.Events;

/// <summary>
/// One tranche of a committed grant's schedule (<see cref="GrantCommitted.Tranches"/>): its number from 1, amount,
/// share of the grant in basis points (5000 = 50 %), <paramref name="Trigger"/> (AtCommitment, Milestone or Manual, as
/// <see cref="TrancheReleased"/> names it), the milestone it waits for, if any, and when it was paid, if it was.
/// </summary>
public sealed record CommittedTranche(int Number, long AmountCents, int ShareBasisPoints, string Trigger, string? Milestone = null, DateTimeOffset? ReleasedAt = null);
