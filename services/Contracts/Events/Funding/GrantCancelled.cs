namespace Defis.Contracts.Events;

/// <summary>The grant was cancelled; <paramref name="ReleasedRoomCents"/> (its unpaid committed part) went back to the envelope.</summary>
public sealed record GrantCancelled(Guid GrantId, long ReleasedRoomCents, string Reason) : FundingEvent;
