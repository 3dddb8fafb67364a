namespace Defis.Contracts.Events;

/// <summary>A finance officer committed the grant: its amount is reserved in the programme's envelope.</summary>
public sealed record GrantCommitted(Guid GrantId, Guid DossierId, string Phase, long AmountCents, long SelfFinancingCents) : FundingEvent;
