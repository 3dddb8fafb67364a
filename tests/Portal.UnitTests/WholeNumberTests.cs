using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class WholeNumberTests
{
    [Theory]
    [InlineData("21", 21)]
    [InlineData(" 1 000 ", 1000)]
    [InlineData("1\u00a0000", 1000)]
    [InlineData("012", 12)]
    [InlineData("0", 0)]
    [InlineData("-5", -5)]
    [InlineData("\u22125", -5)]
    [InlineData("15 %", 15)]
    [InlineData("2147483647", int.MaxValue)]
    public void A_whole_number_is_read_as_typed_its_range_being_the_platform_s(string typed, int value)
    {
        Assert.Equal(new WholeNumber.Reading(value, null), WholeNumber.Read(typed));
    }

    [Theory]
    [InlineData("vingt")]
    [InlineData("12,5")]
    [InlineData("12.5")]
    [InlineData("2147483648")]
    [InlineData("1e3")]
    [InlineData("--2")]
    public void What_is_not_a_whole_number_is_said(string typed)
    {
        var reading = WholeNumber.Read(typed);

        Assert.Equal((null, WholeNumber.NotAWholeNumber), (reading.Value, reading.Problem));
        Assert.False(reading.IsBlank);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Nothing_typed_is_blank_not_a_problem(string? typed)
    {
        Assert.True(WholeNumber.Read(typed).IsBlank);
    }
}
