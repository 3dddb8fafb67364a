namespace Defis.Contracts.Events;

/// <summary>A finance officer changed the grant's amount (before or after commitment), with a reason in French.</summary>
public sealed record GrantAdjusted(Guid GrantId, long PreviousAmountCents, long NewAmountCents, string Reason) : FundingEvent;
