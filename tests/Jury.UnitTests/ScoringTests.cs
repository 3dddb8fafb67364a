using Defis.Jury.Domain;

namespace Defis.Jury.UnitTests;

public sealed class ScoringTests
{
    [Theory]
    // 2021 grid: impact ×2 /5, co-construction ×2 /5, ecology ×1 /3 → 100 × (2a/5 + 2b/5 + c/3) / 5.
    [InlineData(5, 5, 3, 100, 1)]
    [InlineData(0, 0, 0, 0, 1)]
    [InlineData(5, 5, 0, 80, 1)]
    [InlineData(0, 0, 3, 20, 1)]
    [InlineData(3, 4, 2, 208, 3)]
    [InlineData(1, 0, 1, 44, 3)]
    public void A_total_weighs_each_score_by_its_own_scale_exactly(int impact, int coConstruction, int ecology, long numerator, long denominator)
    {
        var grid = TestData.Grid(DefaultGrids.CoConstruction2021.ToArray());

        var total = grid.Scoring.Total([new("impact", impact, null), new("co_construction", coConstruction, null), new("ecologie_social", ecology, null)]);

        Assert.Equal(new Rational(numerator, denominator), total);
    }

    [Fact]
    public void Equal_weights_on_equal_scales_give_a_plain_average_on_0_100()
    {
        var grid = TestData.Grid(DefaultGrids.CartesBlanches2018.ToArray());

        var total = grid.Scoring.Total([new("impact", 5, null), new("diagnostic", 4, null), new("equipe", 3, null), new("terrain", 2, null)]);

        Assert.Equal(Rational.FromInteger(70), total);
        Assert.Equal(1, grid.Scoring.Denominator);
    }

    [Fact]
    public void A_criterion_on_a_smaller_scale_counts_as_much_at_full_marks()
    {
        var grid = TestData.Grid(new Criterion("a", "A", 1, 5, false), new Criterion("b", "B", 1, 3, false));

        Assert.Equal(Rational.FromInteger(50), grid.Scoring.Total([new("a", 5, null), new("b", 0, null)]));
        Assert.Equal(Rational.FromInteger(50), grid.Scoring.Total([new("a", 0, null), new("b", 3, null)]));
        Assert.Equal(new Rational(100 * (2 * 3 + 2 * 5), 2 * 15), grid.Scoring.Total([new("a", 2, null), new("b", 2, null)]));
    }

    [Fact]
    public void Scores_out_of_grid_order_or_incomplete_are_a_programming_error()
    {
        var grid = TestData.Grid(new Criterion("a", "A", 1, 5, false), new Criterion("b", "B", 1, 3, false));

        Assert.Throws<ArgumentException>(() => grid.Scoring.Total([new("b", 1, null), new("a", 1, null)]));
        Assert.Throws<ArgumentException>(() => grid.Scoring.Total([new("a", 1, null), new("b", null, null)]));
        Assert.Throws<ArgumentException>(() => grid.Scoring.Total([new("a", 1, null)]));
    }

    [Theory]
    [InlineData(2, 6, 1, 3)]
    [InlineData(-4, 6, -2, 3)]
    [InlineData(4, -6, -2, 3)]
    [InlineData(0, 7, 0, 1)]
    public void Rationals_are_kept_in_lowest_terms_with_a_positive_denominator(long n, long d, long expectedN, long expectedD)
    {
        var r = new Rational(n, d);

        Assert.Equal((expectedN, expectedD), (r.Numerator, r.Denominator));
    }

    [Fact]
    public void Rationals_compare_exactly_and_round_half_away_from_zero_for_display()
    {
        Assert.True(new Rational(1, 3) < new Rational(334, 1000));
        Assert.True(new Rational(2, 6) == new Rational(1, 3));
        Assert.Equal(Rational.Zero, default);
        Assert.Equal(69.33m, new Rational(208, 3).Round(2));
        Assert.Equal(0.13m, new Rational(1, 8).Round(2));
        Assert.Equal("208/3", new Rational(208, 3).ToString());
        Assert.Throws<DivideByZeroException>(() => new Rational(1, 0));
    }
}
