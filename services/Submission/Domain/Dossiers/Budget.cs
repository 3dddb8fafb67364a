namespace Defis.Submission.Domain;

/// <summary>One forecast expense and who would provide it (ISO 3166-1 alpha-2 country).</summary>
public sealed record BudgetLine(ExpenseCategory Category, string Label, long AmountCents, string ProviderName, string ProviderCountry);

/// <summary>
/// The forecast: what the lines cost, what is requested from the call, and the rest, which the team
/// finances itself. All in cents; totals are checked so that they can never overflow silently.
/// </summary>
public sealed record Budget(IReadOnlyList<BudgetLine> Lines, long RequestedCents)
{
    public static Budget Empty { get; } = new([], 0);

    public long TotalCents => Lines.Aggregate(0L, (sum, line) => checked(sum + line.AmountCents));

    public long SelfFinancingCents => TotalCents - RequestedCents;

    /// <summary>Whether the team finances at least <paramref name="percent"/> % of the total, without rounding.</summary>
    public bool SelfFinancesAtLeast(int percent) => checked(SelfFinancingCents * 100) >= checked(TotalCents * percent);
}
