using Defis.Contracts.Funding.V1;

namespace Defis.Portal.Display;

/// <summary>
/// A grant's declared expenses as one table (<c>Pages/Shared/_Expenses.cshtml</c>), the same for the laureate who declared
/// them and for finance: each line's day, category, provider, invoice, amount and the platform's verdict with its reasons.
/// </summary>
public sealed record ExpenseTable(string Id, string Caption, IReadOnlyList<DeclaredExpense> Expenses, long AcceptedCents);
