namespace Defis.Contracts.Events;

/// <summary>A laureate's expense was accepted against its grant.</summary>
public sealed record ExpenseAccepted(Guid GrantId, Guid ExpenseId, string Category, long AmountCents) : FundingEvent;
