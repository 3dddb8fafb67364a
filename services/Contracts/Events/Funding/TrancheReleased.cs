namespace Defis.Contracts.Events;

/// <summary>
/// A tranche of the grant was paid, once: <paramref name="Trigger"/> is AtCommitment, Milestone or Manual;
/// <paramref name="Milestone"/> names the milestone the tranche waited for, if any.
/// </summary>
public sealed record TrancheReleased(Guid GrantId, int TrancheNumber, long AmountCents, string Trigger, string? Milestone) : FundingEvent;
