using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class SharePercentTests
{
    [Theory]
    [InlineData("50", 5_000)]
    [InlineData("100", 10_000)]
    [InlineData("0", 0)]
    [InlineData("0,01", 1)]
    [InlineData("12,5", 1_250)]
    [InlineData("33,34", 3_334)]
    [InlineData("99,99", 9_999)]
    [InlineData("100,01", 10_001)]
    [InlineData(" 50 % ", 5_000)]
    [InlineData("12,5%", 1_250)]
    [InlineData("050", 5_000)]
    public void A_share_typed_the_French_way_is_read_exactly_as_basis_points(string typed, int points)
    {
        var reading = SharePercent.Read(typed);

        Assert.Equal(new SharePercent.Reading(points, null), reading);
    }

    [Theory]
    [InlineData("-5", -500)]
    [InlineData("\u22125", -500)]
    [InlineData("-0,01", -1)]
    public void A_negative_share_is_sent_as_typed_for_the_platform_to_refuse(string typed, int points) =>
        Assert.Equal(new SharePercent.Reading(points, null), SharePercent.Read(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" % ")]
    public void Nothing_typed_is_blank(string? typed) =>
        Assert.True(SharePercent.Read(typed).IsBlank);

    [Theory]
    [InlineData("33,333", SharePercent.TooManyDecimals)]
    [InlineData("0,001", SharePercent.TooManyDecimals)]
    [InlineData("12.5", SharePercent.NotAPercentage)]
    [InlineData("cinquante", SharePercent.NotAPercentage)]
    [InlineData("50,0,1", SharePercent.NotAPercentage)]
    [InlineData(",5", SharePercent.NotAPercentage)]
    [InlineData("50,", SharePercent.NotAPercentage)]
    [InlineData("-", SharePercent.NotAPercentage)]
    [InlineData("5-0", SharePercent.NotAPercentage)]
    [InlineData("21474836,48", SharePercent.TooLarge)]
    [InlineData("123456789", SharePercent.TooLarge)]
    public void What_basis_points_cannot_say_is_named(string typed, string problem)
    {
        var reading = SharePercent.Read(typed);

        Assert.Equal(new SharePercent.Reading(null, problem), reading);
        Assert.False(reading.IsBlank);
    }

    [Fact]
    public void The_largest_share_an_int_holds_is_still_sent() =>
        Assert.Equal(int.MaxValue, SharePercent.Read("21474836,47").BasisPoints);
}
