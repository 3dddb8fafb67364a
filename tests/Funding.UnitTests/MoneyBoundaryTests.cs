using Defis.Funding.Domain;

namespace Defis.Funding.UnitTests;

public sealed class MoneyBoundaryTests
{
    [Fact]
    public void Comparisons_are_strict_or_not_as_written()
    {
        var (one, alsoOne, two) = (new Money(1), new Money(1), new Money(2));

        Assert.True(one < two);
        Assert.False(one < alsoOne);
        Assert.True(two > one);
        Assert.False(one > alsoOne);
        Assert.True(one <= alsoOne);
        Assert.False(two <= one);
        Assert.True(one >= alsoOne);
        Assert.False(one >= two);
    }

    [Fact]
    public void The_smaller_of_two_amounts_is_taken_whichever_comes_first()
    {
        Assert.Equal(new Money(1), Money.Min(new Money(1), new Money(2)));
        Assert.Equal(new Money(1), Money.Min(new Money(2), new Money(1)));
        Assert.Equal(new Money(-5), Money.Min(new Money(-5), Money.Zero));
    }

    [Fact]
    public void Scaling_refuses_negative_amounts_and_ratios_and_a_zero_denominator()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Money(-1).MultiplyFloor(1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Money(100).MultiplyFloor(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Money(100).MultiplyFloor(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Money(100).MultiplyFloor(1, -2));
    }

    [Fact]
    public void Scaling_accepts_the_limits_zero_amount_and_zero_numerator()
    {
        Assert.Equal(Money.Zero, Money.Zero.MultiplyFloor(3, 2));
        Assert.Equal(Money.Zero, new Money(100).MultiplyFloor(0, 1));
        Assert.Equal(new Money(100), new Money(100).MultiplyFloor(1, 1));
    }

    [Theory]
    [InlineData(0, "0,00\u00A0€")]
    [InlineData(-1, "-0,01\u00A0€")]
    [InlineData(99_999, "999,99\u00A0€")]
    [InlineData(100_000, "1\u202F000,00\u00A0€")]
    [InlineData(12_345_678, "123\u202F456,78\u00A0€")]
    public void Thousands_are_grouped_from_the_right_and_zero_has_no_sign(long cents, string expected) =>
        Assert.Equal(expected, new Money(cents).ToFrench());

    [Theory]
    [InlineData(null)]
    [InlineData(",50")]
    [InlineData("1234 567")]
    [InlineData("1a 234")]
    [InlineData("12 3a4")]
    [InlineData("12,5a")]
    [InlineData("1a")]
    [InlineData("-")]
    public void Unreadable_amounts_are_refused(string? text)
    {
        Assert.False(Money.TryParseFrench(text, out var money, out var error));
        Assert.Contains("illisible", error);
        Assert.Equal(Money.Zero, money);
    }

    [Theory]
    [InlineData("1 234", 123_400)]
    [InlineData("123 456", 12_345_600)]
    [InlineData("12,5", 1_250)]
    public void Grouped_euros_and_one_or_two_cent_digits_are_read(string text, long cents)
    {
        Assert.True(Money.TryParseFrench(text, out var money, out _));
        Assert.Equal(new Money(cents), money);
    }
}
