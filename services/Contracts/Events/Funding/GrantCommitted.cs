namespace Defis.Contracts.Events;

/// <summary>
/// A finance officer committed the grant: its amount is reserved in the programme's envelope; <c>OccurredAt</c> is the
/// time of the commitment. <paramref name="Tranches"/> is its schedule as the commitment leaves it (the tranches due at
/// commitment already paid, each also announced by <see cref="TrancheReleased"/>), from which Notification renders the
/// grant notification it attaches to its notice (decision 0027); added in schema 1, absent (null) from older
/// producers: no notification is attached then.
/// </summary>
public sealed record GrantCommitted(
    Guid GrantId,
    Guid DossierId,
    string Phase,
    long AmountCents,
    long SelfFinancingCents,
    IReadOnlyList<CommittedTranche>? Tranches = null) : FundingEvent;
