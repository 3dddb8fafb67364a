using Defis.Jury.Domain;

namespace Defis.Jury.UnitTests;

public sealed class InstructionClockTests
{
    private static readonly InstructionClock Clock = new(DecisionDays: 21, DueSoonDays: 3);

    [Theory]
    // Filed late at night Paris time (still the previous day in UTC): Paris dates count.
    [InlineData("2021-10-15T23:30:00+02:00", "2021-11-05")]
    [InlineData("2021-10-15T22:30:00+00:00", "2021-11-06")] // 00:30 on 16 October in Paris
    [InlineData("2021-08-23T00:00:00+02:00", "2021-09-13")]
    [InlineData("2022-03-20T12:00:00+01:00", "2022-04-10")] // across the spring change
    public void A_decision_is_due_N_Paris_calendar_days_after_filing(string filedAt, string dueOn)
    {
        Assert.Equal(DateOnly.Parse(dueOn), Clock.DueOn(DateTimeOffset.Parse(filedAt)));
    }

    [Fact]
    public void Due_by_is_the_end_of_the_due_day_in_Paris_across_the_autumn_change()
    {
        // Filed in summer time (UTC+2); due on 5 November, in winter time (UTC+1).
        var dueBy = Clock.DueBy(DateTimeOffset.Parse("2021-10-15T09:00:00+02:00"));

        Assert.Equal(DateTimeOffset.Parse("2021-11-06T00:00:00+01:00"), dueBy);
        Assert.Equal(TimeSpan.FromHours(1), dueBy.Offset);
    }

    [Fact]
    public void The_agenda_lists_due_soon_and_overdue_dossiers_earliest_first()
    {
        var now = DateTimeOffset.Parse("2021-11-05T23:59:00+01:00"); // still 5 November in Paris
        var dueToday = TestData.Dossier(1, filedAt: DateTimeOffset.Parse("2021-10-15T08:00:00+02:00"));
        var dueInThree = TestData.Dossier(2, filedAt: DateTimeOffset.Parse("2021-10-18T18:00:00+02:00"));
        var dueInFour = TestData.Dossier(3, filedAt: DateTimeOffset.Parse("2021-10-19T10:00:00+02:00"));
        var oneDayLate = TestData.Dossier(4, filedAt: DateTimeOffset.Parse("2021-10-14T23:00:00+02:00"));
        var longLate = TestData.Dossier(5, filedAt: DateTimeOffset.Parse("2021-09-01T10:00:00+02:00"));

        var agenda = Clock.Agenda([dueInFour, dueInThree, longLate, dueToday, oneDayLate], now);

        Assert.Equal([dueToday, dueInThree], agenda.DueSoon.Select(x => x.Dossier));
        Assert.Equal([0, 3], agenda.DueSoon.Select(x => x.DaysLeft));
        Assert.Equal([longLate, oneDayLate], agenda.Overdue.Select(x => x.Dossier));
        Assert.Equal([-44, -1], agenda.Overdue.Select(x => x.DaysLeft));
        Assert.Empty(Clock.Agenda([dueToday], now.AddMinutes(1)).DueSoon); // 6 November in Paris: now overdue
    }
}
