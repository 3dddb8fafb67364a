using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

public sealed class BudgetTests
{
    private static BudgetLine Line(long cents) => new(ExpenseCategory.IntellectualServices, "Ligne", cents, "Prestataire", "FR");

    [Fact]
    public void Cents_add_up_exactly_where_floating_point_would_not()
    {
        var budget = new Budget([Line(10), Line(20), .. Enumerable.Repeat(Line(1), 7)], 30);

        Assert.Equal(37, budget.TotalCents);
        Assert.Equal(7, budget.SelfFinancingCents);
    }

    [Theory]
    [InlineData(100_000_00, 80_000_00, 20, true)]
    [InlineData(100_000_00, 80_000_01, 20, false)]   // one cent short of 20 %
    [InlineData(3, 2, 33, true)]                      // 33.33 % ≥ 33 %, without rounding
    [InlineData(3, 2, 34, false)]
    public void Self_financing_share_is_compared_without_rounding(long total, long requested, int percent, bool enough)
    {
        Assert.Equal(enough, new Budget([Line(total)], requested).SelfFinancesAtLeast(percent));
    }

    [Fact]
    public void An_overflowing_total_throws_instead_of_wrapping()
    {
        var budget = new Budget([Line(long.MaxValue), Line(1)], 0);

        Assert.Throws<OverflowException>(() => budget.TotalCents);
    }

    [Theory]
    [InlineData(0, "0,00 €")]
    [InlineData(7_000_000, "70\u202f000,00 €")]
    [InlineData(12_000_005, "120\u202f000,05 €")]
    public void Euros_are_written_from_cents(long cents, string expected) => Assert.Equal(expected, SubmissionCheck.Euros(cents));
}
