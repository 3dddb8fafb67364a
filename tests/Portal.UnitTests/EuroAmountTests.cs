using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class EuroAmountTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("0,00", 0)]
    [InlineData("-0", 0)]
    [InlineData("\u22120,00", 0)]
    [InlineData("0,01", 1)]
    [InlineData("0,1", 10)]
    [InlineData("1", 100)]
    [InlineData("007", 700)]
    [InlineData("150000", 15_000_000)]
    [InlineData("150 000", 15_000_000)]
    [InlineData("150\u00a0000", 15_000_000)]
    [InlineData("150\u202f000", 15_000_000)]
    [InlineData(" 150 000,50 ", 15_000_050)]
    [InlineData("150 000,5", 15_000_050)]
    [InlineData("150 000 €", 15_000_000)]
    [InlineData("150 000,50€", 15_000_050)]
    [InlineData("1 2 3", 12_300)]
    [InlineData("92 233 720 368 547 758,07", long.MaxValue)]
    [InlineData("00092233720368547758,07", long.MaxValue)]
    public void Euros_typed_the_French_way_are_whole_cents(string typed, long cents) =>
        Assert.Equal(new EuroAmount.Reading(cents, null), EuroAmount.Read(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00a0\u202f")]
    [InlineData(" € ")]
    public void Nothing_typed_is_blank_not_zero(string? typed)
    {
        var reading = EuroAmount.Read(typed);

        Assert.True(reading.IsBlank);
        Assert.Equal(new EuroAmount.Reading(null, null), reading);
    }

    [Theory]
    [InlineData("-0,01")]
    [InlineData("-5")]
    [InlineData("\u22125")]
    [InlineData("- 150 000")]
    [InlineData("-0,001")]
    [InlineData("-92 233 720 368 547 758,08")]
    public void Below_zero_is_refused_as_negative(string typed) =>
        Assert.Equal(new EuroAmount.Reading(null, EuroAmount.Negative), EuroAmount.Read(typed));

    [Theory]
    [InlineData("0,001")]
    [InlineData("0,000")]
    [InlineData("150 000,505")]
    [InlineData("1,500")]
    public void A_third_decimal_is_refused_even_a_zero(string typed) =>
        Assert.Equal(new EuroAmount.Reading(null, EuroAmount.TooManyDecimals), EuroAmount.Read(typed));

    [Theory]
    [InlineData("92 233 720 368 547 758,08")]
    [InlineData("92 233 720 368 547 759")]
    [InlineData("100 000 000 000 000 000")]
    [InlineData("99999999999999999999999999999999999999")]
    public void More_than_a_long_of_cents_is_refused_as_too_large(string typed) =>
        Assert.Equal(new EuroAmount.Reading(null, EuroAmount.TooLarge), EuroAmount.Read(typed));

    [Theory]
    [InlineData("cent mille")]
    [InlineData("150.000")]
    [InlineData("150000.50")]
    [InlineData("1.234,5.6")]
    [InlineData("1,2,3")]
    [InlineData("150 000,")]
    [InlineData(",50")]
    [InlineData("+5")]
    [InlineData("--5")]
    [InlineData("5-")]
    [InlineData("1e5")]
    [InlineData("€ 150")]
    [InlineData("150 €€")]
    [InlineData("١٥٠")]
    [InlineData("-")]
    public void What_is_not_an_amount_is_refused_with_an_example(string typed) =>
        Assert.Equal(new EuroAmount.Reading(null, EuroAmount.NotAnAmount), EuroAmount.Read(typed));
}
