using System.Globalization;
using Defis.Accompaniment.Domain.Sessions;

namespace Defis.Accompaniment.UnitTests;

/// <summary>The day-before reminder of the 15 October 2018 workshop (14:00 Paris, summer time: 12:00 UTC).</summary>
public sealed class SessionReminderTests
{
    private static readonly DateTimeOffset Start = new(2018, 10, 15, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    // Paris midnight opening the 14th is 22:00 UTC on the 13th.
    [InlineData("2018-10-13T21:59:59Z", false)]
    [InlineData("2018-10-13T22:00:00Z", true)]
    [InlineData("2018-10-14T18:00:00Z", true)]
    // Missed on the day before: still on the day itself, until the start.
    [InlineData("2018-10-15T08:00:00Z", true)]
    [InlineData("2018-10-15T12:00:00Z", false)]
    public void A_reminder_is_due_from_paris_midnight_of_the_day_before_until_the_start(string now, bool due)
    {
        Assert.Equal(due, SessionReminder.IsDue(Start, null, Instant(now)));
    }

    [Fact]
    public void A_reminder_goes_once_per_start_and_again_for_a_moved_session()
    {
        var now = Instant("2018-10-14T18:00:00Z");

        Assert.False(SessionReminder.IsDue(Start, Start, now));
        Assert.True(SessionReminder.IsDue(Start.AddHours(2), Start, now));
    }

    [Fact]
    public void The_horizon_covers_today_and_tomorrow_in_paris_across_the_clock_change()
    {
        // Saturday 27 October 2018, 23:30 in Paris; the clocks go back on the night of the 28th.
        var now = Instant("2018-10-27T21:30:00Z");

        Assert.Equal(Instant("2018-10-28T23:00:00Z"), SessionReminder.Horizon(now));
        Assert.True(SessionReminder.IsDue(Instant("2018-10-28T22:59:00Z"), null, now));
        Assert.False(SessionReminder.IsDue(Instant("2018-10-28T23:00:00Z"), null, now));
    }

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
