using Defis.Funding.Domain;

namespace Defis.Funding.UnitTests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("25 000,00 €", 2_500_000)]
    [InlineData("25\u202F000,00\u00A0€", 2_500_000)]
    [InlineData("25\u00A0000 €", 2_500_000)]
    [InlineData("25000", 2_500_000)]
    [InlineData("1 500 000,5", 150_000_050)]
    [InlineData("0,07 €", 7)]
    [InlineData("-12,00 €", -1_200)]
    [InlineData("92 233 720 368 547 758,07", long.MaxValue)]
    public void Parses_french_amounts(string text, long cents)
    {
        Assert.True(Money.TryParseFrench(text, out var money, out var error), error);
        Assert.Equal(cents, money.Cents);
    }

    [Theory]
    [InlineData("", "illisible")]
    [InlineData("25.000,00", "illisible")]
    [InlineData("2 50 000", "illisible")]
    [InlineData("12,345", "illisible")]
    [InlineData("douze euros", "illisible")]
    [InlineData("1,2,3", "illisible")]
    [InlineData("92 233 720 368 547 758,08", "trop élevé")]
    public void Refuses_unreadable_or_overflowing_text_saying_why(string text, string reason)
    {
        Assert.False(Money.TryParseFrench(text, out _, out var error));
        Assert.Contains(reason, error);
    }

    [Theory]
    [InlineData(2_500_000, "25\u202F000,00\u00A0€")]
    [InlineData(7, "0,07\u00A0€")]
    [InlineData(150_000_050, "1\u202F500\u202F000,50\u00A0€")]
    [InlineData(-1_200, "-12,00\u00A0€")]
    [InlineData(long.MinValue, "-92\u202F233\u202F720\u202F368\u202F547\u202F758,08\u00A0€")]
    public void Formats_the_french_way(long cents, string expected) => Assert.Equal(expected, new Money(cents).ToFrench());

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(99)]
    [InlineData(123_456_789)]
    [InlineData(long.MaxValue)]
    public void Formatting_then_parsing_gives_the_amount_back(long cents)
    {
        Assert.True(Money.TryParseFrench(new Money(cents).ToFrench(), out var back, out _));
        Assert.Equal(cents, back.Cents);
    }

    [Fact]
    public void Arithmetic_is_checked()
    {
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue) + new Money(1));
        Assert.Throws<OverflowException>(() => new Money(long.MinValue) - new Money(1));
        Assert.Throws<OverflowException>(() => Money.FromEuros(long.MaxValue / 10));
        Assert.Equal(new Money(2_500_001), Money.FromEuros(25_000) + new Money(1));
    }

    [Fact]
    public void Scaling_is_exact_in_128_bits_and_rounds_down()
    {
        Assert.Equal(new Money(long.MaxValue / 3), new Money(long.MaxValue).MultiplyFloor(1, 3));
        Assert.Equal(new Money(33), new Money(100).MultiplyFloor(1, 3));
        Assert.Equal(Money.FromEuros(30_000), Money.FromEuros(25_000).MultiplyFloor(120, 100));
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue).MultiplyFloor(2, 1));
    }
}
