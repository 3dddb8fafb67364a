using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Plans;
using Defis.Accompaniment.Domain.Sessions;
using Defis.SharedKernel.Errors;
using static Defis.Accompaniment.UnitTests.Programme;

namespace Defis.Accompaniment.UnitTests;

public sealed class RulesEitherSideTests
{
    private static readonly DateTime FirstFriday = new(2021, 9, 3, 11, 0, 0);

    [Fact]
    public void A_series_may_hold_200_sessions_but_not_201()
    {
        Assert.Equal(RecurrenceRule.MaxOccurrences, RecurrenceRule.Parse("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;COUNT=200").Occurrences(FirstFriday).Count());

        var error = Assert.Throws<RequestValidationException>(() => RecurrenceRule.Parse("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;COUNT=201").Occurrences(FirstFriday).ToList());
        Assert.Contains("200", Assert.Single(error.Violations).Description);
    }

    [Fact]
    public void An_interval_of_one_is_every_week_and_zero_is_refused()
    {
        Assert.Equal([3, 10, 17], RecurrenceRule.Parse("FREQ=WEEKLY;INTERVAL=1;COUNT=3").Occurrences(FirstFriday).Select(d => d.Day));
        Assert.Equal([3, 17, 1], RecurrenceRule.Parse("FREQ=WEEKLY;INTERVAL=2;COUNT=3").Occurrences(FirstFriday).Select(d => d.Day));
        Assert.Equal("recurrence", Assert.Single(Assert.Throws<RequestValidationException>(() => RecurrenceRule.Parse("FREQ=WEEKLY;INTERVAL=0;COUNT=3")).Violations).Field);
    }

    [Theory]
    [InlineData("FREQ=WEEKLY;COUNT")]
    [InlineData("FREQ=WEEKLY;COUNT=")]
    public void A_part_without_a_value_is_refused(string text)
    {
        var violation = Assert.Single(Assert.Throws<RequestValidationException>(() => RecurrenceRule.Parse(text)).Violations);

        Assert.Contains("NOM=VALEUR", violation.Description);
    }

    [Fact]
    public void An_until_day_includes_a_session_at_its_last_second_and_not_one_at_the_next_midnight()
    {
        var lateEvening = new DateTime(2021, 9, 3, 23, 59, 59);
        var midnight = new DateTime(2021, 9, 3, 0, 0, 0);

        Assert.Equal(2, RecurrenceRule.Parse("FREQ=WEEKLY;UNTIL=20210910").Occurrences(lateEvening).Count());
        Assert.Equal(2, RecurrenceRule.Parse("FREQ=WEEKLY;UNTIL=20210910").Occurrences(midnight).Count());
        Assert.Single(RecurrenceRule.Parse("FREQ=WEEKLY;UNTIL=20210909").Occurrences(midnight.AddDays(1)));
    }

    [Fact]
    public void A_coach_s_portfolio_holds_only_the_plans_they_coach_and_a_laureate_s_none()
    {
        var mine = Incubation();
        var other = Incubation(Laureate("Autre défi"));
        other.ReassignCoach(other.CoachIds[0], "coach-z", By(Staff, SelectedAt));
        var coach = Coach(mine.CoachIds[0]);

        Assert.Equal([mine], AccompanimentAccess.PortfolioPlans(coach, [mine, other]));
        Assert.Equal([mine, other], AccompanimentAccess.PortfolioPlans(Staff, [mine, other]));
        Assert.Empty(AccompanimentAccess.PortfolioPlans(TeamMember, [mine, other]));
        Assert.Contains("coachs", Assert.Throws<PermissionDeniedException>(() => AccompanimentAccess.RequireOrganiser(TeamMember)).Message);
    }

    [Fact]
    public void A_caller_has_a_role_only_when_the_token_carries_all_of_it()
    {
        var coach = new Caller("c", AccompanimentRoles.Coach);

        Assert.True(coach.Is(AccompanimentRoles.Coach));
        Assert.False(coach.Is(AccompanimentRoles.ProgrammeStaff));
        Assert.False(coach.Is(AccompanimentRoles.Coach | AccompanimentRoles.ProgrammeStaff));
        Assert.False(coach.Is(AccompanimentRoles.None));
        Assert.False(string.IsNullOrWhiteSpace(Change.BySystem(SelectedAt).By.UserId));
        Assert.Equal(AccompanimentRoles.None, Change.BySystem(SelectedAt).By.Roles);
    }
}
