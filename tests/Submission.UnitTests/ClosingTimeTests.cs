using Defis.SharedKernel.Errors;
using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

public sealed class ClosingTimeTests
{
    [Fact]
    public void The_2018_call_opens_in_summer_time_and_closes_in_winter_time()
    {
        var terms = ReferenceProgrammes.CartesBlanches2018;

        Assert.Equal(new DateTimeOffset(2018, 9, 30, 22, 0, 0, TimeSpan.Zero), terms.OpensAt.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2018, 11, 5, 22, 59, 59, TimeSpan.Zero), terms.ClosesAt.ToUniversalTime());
    }

    [Fact]
    public void One_second_after_closing_across_the_autumn_change_is_refused_and_names_the_deadline()
    {
        var programme = TestData.Published(ReferenceProgrammes.CartesBlanches2018);
        var closes = programme.ClosesAt;

        programme.EnsureOpen(closes);
        var error = Assert.Throws<PreconditionFailedException>(() => programme.EnsureOpen(closes.AddSeconds(1)));

        Assert.Equal("PROGRAMME_CLOSED", Assert.Single(error.Violations).Type);
        Assert.Contains("lundi 5 novembre 2018 à 23:59", error.Message);
    }

    [Fact]
    public void The_2021_call_closes_at_the_end_of_15_October_summer_time()
    {
        var programme = TestData.Call2021;
        var lastSecond = new DateTimeOffset(2021, 10, 15, 21, 59, 59, TimeSpan.Zero);

        Assert.True(programme.IsOpenAt(lastSecond));
        Assert.False(programme.IsOpenAt(lastSecond.AddSeconds(1)));
        Assert.Equal(ProgrammeStatus.Closed, programme.StatusAt(lastSecond.AddSeconds(1)));
        Assert.Equal(ProgrammeStatus.Published, programme.Status);
    }

    [Fact]
    public void Before_the_opening_a_published_call_refuses_with_its_opening_date()
    {
        var programme = TestData.Call2021;

        var error = Assert.Throws<PreconditionFailedException>(() => programme.EnsureOpen(programme.OpensAt.AddSeconds(-1)));

        Assert.Equal("PROGRAMME_NOT_OPEN", error.Violations[0].Type);
        programme.EnsureOpen(programme.OpensAt);
    }

    [Fact]
    public void A_repeated_autumn_hour_is_read_as_winter_time()
    {
        var deadline = ParisDeadline.At(new DateOnly(2021, 10, 31), new TimeOnly(2, 30));

        Assert.Equal(TimeSpan.FromHours(1), deadline.Offset);
    }

    [Fact]
    public void A_skipped_spring_hour_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ParisDeadline.At(new DateOnly(2021, 3, 28), new TimeOnly(2, 30)));
    }

    [Fact]
    public void The_same_wall_clock_time_is_an_hour_apart_in_utc_across_the_change()
    {
        var summer = ParisDeadline.At(new DateOnly(2018, 10, 27), new TimeOnly(12, 0));
        var winter = ParisDeadline.At(new DateOnly(2018, 10, 28), new TimeOnly(12, 0));

        Assert.Equal(TimeSpan.FromHours(25), winter - summer);
    }
}
