using Defis.Accompaniment.Domain.Sessions;
using Defis.Accompaniment.Domain.Time;
using Defis.SharedKernel.Errors;
using static Defis.Accompaniment.UnitTests.Sessions;

namespace Defis.Accompaniment.UnitTests;

public sealed class RecurrenceRuleTests
{
    private static readonly DateTime FirstFriday = new(2021, 9, 3, 11, 0, 0);

    [Theory]
    [InlineData("FREQ=WEEKLY;BYDAY=FR;UNTIL=20210930T215959Z")]
    [InlineData("RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=4")]
    [InlineData("freq=weekly;byday=fr;until=20210930")]
    [InlineData("FREQ=WEEKLY;UNTIL=20210930T235959")]
    public void Every_Friday_of_September_2021(string text)
    {
        var fridays = RecurrenceRule.Parse(text).Occurrences(FirstFriday).ToList();

        Assert.Equal([3, 10, 17, 24], fridays.Select(d => d.Day));
        Assert.All(fridays, d => Assert.Equal((DayOfWeek.Friday, 11), (d.DayOfWeek, d.Hour)));
    }

    [Fact]
    public void An_until_instant_is_inclusive_and_read_in_UTC()
    {
        // 24 September 11:00 Paris is 09:00 UTC: an UNTIL of exactly that instant keeps it, one second earlier drops it.
        Assert.Equal(4, RecurrenceRule.Parse("FREQ=WEEKLY;BYDAY=FR;UNTIL=20210924T090000Z").Occurrences(FirstFriday).Count());
        Assert.Equal(3, RecurrenceRule.Parse("FREQ=WEEKLY;BYDAY=FR;UNTIL=20210924T085959Z").Occurrences(FirstFriday).Count());
    }

    [Fact]
    public void Interval_and_several_days_follow_the_week_start()
    {
        var rule = RecurrenceRule.Parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH,TU;COUNT=5");
        var dates = rule.Occurrences(new DateTime(2021, 9, 2, 14, 0, 0)).Select(DateOnly.FromDateTime);

        // Thursday 2 Sept (the start), then Tuesday and Thursday every other week.
        Assert.Equal([new(2021, 9, 2), new(2021, 9, 14), new(2021, 9, 16), new(2021, 9, 28), new DateOnly(2021, 9, 30)], dates);
    }

    [Fact]
    public void A_weekly_series_keeps_its_Paris_time_across_the_clock_change()
    {
        var rule = RecurrenceRule.Parse("FREQ=WEEKLY;BYDAY=FR;COUNT=3");
        var first = Webinar() with
        {
            Start = ParisCalendar.At(new DateOnly(2021, 10, 22), new TimeOnly(11, 0)),
            End = ParisCalendar.At(new DateOnly(2021, 10, 22), new TimeOnly(12, 0)),
        };

        var series = Session.ScheduleSeries(first, rule, ByOrganiser(PlannedAt));

        Assert.Equal([9, 9, 10], series.Select(s => s.Session.Start.UtcDateTime.Hour));
        Assert.All(series, s => Assert.Equal(TimeSpan.FromHours(1), s.Session.End - s.Session.Start));
        Assert.Single(series.Select(s => s.Session.SeriesId).Distinct());
        Assert.NotNull(series[0].Session.SeriesId);
    }

    [Fact]
    public void The_September_webinars_are_generated_as_four_sessions()
    {
        var series = Session.ScheduleSeries(Webinar(), RecurrenceRule.Parse("FREQ=WEEKLY;BYDAY=FR;UNTIL=20210930T215959Z"), ByOrganiser(PlannedAt));

        Assert.Equal(
            ["vendredi 3 septembre 2021 à 11:00", "vendredi 10 septembre 2021 à 11:00", "vendredi 17 septembre 2021 à 11:00", "vendredi 24 septembre 2021 à 11:00"],
            series.Select(s => Defis.SharedKernel.Time.ParisTime.Format(s.Session.Start)));
        Assert.Equal(4, series.Select(s => s.Session.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("FREQ=DAILY;COUNT=3", "Seule la fréquence hebdomadaire (FREQ=WEEKLY) est prise en charge.")]
    [InlineData("FREQ=WEEKLY;BYDAY=FR;BYMONTH=9;COUNT=3", "Partie non prise en charge : BYMONTH.")]
    [InlineData("FREQ=WEEKLY;BYDAY=FR;COUNT=3;UNTIL=20210930", "Indiquez soit COUNT soit UNTIL (l'un des deux, pas les deux).")]
    [InlineData("FREQ=WEEKLY;BYDAY=FR", "Indiquez soit COUNT soit UNTIL (l'un des deux, pas les deux).")]
    [InlineData("FREQ=WEEKLY;BYDAY=FR;COUNT=0", "COUNT doit être un entier positif (ici « 0 »).")]
    [InlineData("FREQ=WEEKLY;BYDAY=1FR;COUNT=2", "Jour inconnu : « 1FR » (MO, TU, WE, TH, FR, SA ou SU).")]
    [InlineData("FREQ=WEEKLY;BYDAY=FR;UNTIL=30/09/2021", "UNTIL doit être une date (AAAAMMJJ) ou une date-heure (AAAAMMJJTHHMMSS, suivie de Z en UTC) ; ici « 30/09/2021 ».")]
    [InlineData("FREQ=WEEKLY;FREQ=WEEKLY;COUNT=2", "Partie répétée : FREQ.")]
    public void Unsupported_or_malformed_rules_are_refused_precisely(string text, string description)
    {
        var refused = Assert.Throws<RequestValidationException>(() => RecurrenceRule.Parse(text));
        Assert.Contains(refused.Violations, v => v.Field == "recurrence" && v.Description == description);
    }

    [Fact]
    public void A_series_is_capped()
    {
        var rule = RecurrenceRule.Parse("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20300101");
        Assert.Throws<RequestValidationException>(() => rule.Occurrences(FirstFriday).ToList());
    }
}
