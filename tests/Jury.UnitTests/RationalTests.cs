using Defis.Jury.Domain;

namespace Defis.Jury.UnitTests;

public sealed class RationalTests
{
    private static readonly Rational Third = new(1, 3);
    private static readonly Rational AlsoThird = new(2, 6);
    private static readonly Rational Half = new(1, 2);

    [Fact]
    public void Comparisons_are_exact_and_strict_or_not_as_written()
    {
        Assert.True(Third < Half);
        Assert.False(Third < AlsoThird);
        Assert.True(Half > Third);
        Assert.False(Third > AlsoThird);
        Assert.True(Third <= AlsoThird);
        Assert.False(Half <= Third);
        Assert.True(Third >= AlsoThird);
        Assert.False(Third >= Half);
        Assert.True(Third != Half);
        Assert.False(Third != AlsoThird);
    }

    [Fact]
    public void Equal_numerators_over_different_denominators_are_different()
    {
        Assert.NotEqual(new Rational(1, 3), new Rational(1, 4));
        Assert.NotEqual(new Rational(1, 3), new Rational(2, 3));
        Assert.False(new Rational(1, 3).Equals((object)"1/3"));
        Assert.Equal(new Rational(1, 3).GetHashCode(), new Rational(3, 9).GetHashCode());
    }

    [Fact]
    public void Products_that_differ_only_in_their_low_64_bits_compare_correctly()
    {
        Assert.True(new Rational(long.MaxValue, 3) > new Rational(long.MaxValue - 1, 3));
        Assert.True(new Rational(-1, long.MaxValue) < new Rational(0, 1));
        Assert.True(Rational.CompareProducts(long.MaxValue, 2, long.MaxValue, 3) < 0);
    }

    [Fact]
    public void A_rational_converts_to_decimal_and_text()
    {
        Assert.Equal(2.5m, new Rational(5, 2).ToDecimal());
        Assert.Equal("7", Rational.FromInteger(7).ToString());
        Assert.Equal("-1/2", new Rational(1, -2).ToString());
    }
}
