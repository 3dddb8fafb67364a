using Defis.SharedKernel.Time;
using Defis.Accompaniment.Domain.Time;

namespace Defis.Accompaniment.UnitTests;

public sealed class ParisCalendarTests
{
    [Theory]
    // Paris midnight is 22:00 UTC in summer and 23:00 UTC in winter, including on the days the clocks change.
    [InlineData("2021-10-16", "2021-10-15T22:00:00Z")]
    [InlineData("2021-10-31", "2021-10-30T22:00:00Z")]
    [InlineData("2021-11-01", "2021-10-31T23:00:00Z")]
    [InlineData("2022-03-27", "2022-03-26T23:00:00Z")]
    [InlineData("2022-03-28", "2022-03-27T22:00:00Z")]
    public void A_Paris_day_starts_at_local_midnight(string day, string utc)
    {
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), ParisTime.StartOfDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Today_is_the_Paris_date_not_the_UTC_one()
    {
        var lateEvening = new DateTimeOffset(2021, 10, 15, 22, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2021, 10, 16), ParisTime.DateOf(lateEvening));
        Assert.Equal(new DateOnly(2021, 10, 15), ParisTime.DateOf(lateEvening.AddHours(-1)));
    }

    [Fact]
    public void Wall_clock_times_in_the_clock_change_hours_resolve_predictably()
    {
        // Spring: 02:30 does not exist on 27 March 2022; it lands at 03:30 summer time.
        Assert.Equal(new DateTimeOffset(2022, 3, 27, 1, 30, 0, TimeSpan.Zero), ParisCalendar.At(new DateTime(2022, 3, 27, 2, 30, 0)));
        // Autumn: 02:30 happens twice on 31 October 2021; the first (summer time) is taken.
        Assert.Equal(new DateTimeOffset(2021, 10, 31, 0, 30, 0, TimeSpan.Zero), ParisCalendar.At(new DateTime(2021, 10, 31, 2, 30, 0)));
    }

    [Fact]
    public void Days_read_in_French()
    {
        Assert.Equal("15 octobre 2021", ParisCalendar.InFrench(new DateOnly(2021, 10, 15)));
    }
}
