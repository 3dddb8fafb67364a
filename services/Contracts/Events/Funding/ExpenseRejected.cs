namespace Defis.Contracts.Events;

/// <summary>A laureate's expense was refused; <paramref name="Reasons"/> say why, in French.</summary>
public sealed record ExpenseRejected(Guid GrantId, Guid ExpenseId, string Category, long AmountCents, IReadOnlyList<string> Reasons) : FundingEvent;
