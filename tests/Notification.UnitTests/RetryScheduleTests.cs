using Defis.Notification.Domain.Delivery;

namespace Defis.Notification.UnitTests;

public sealed class RetryScheduleTests
{
    private static readonly RetrySchedule Webhooks = new(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(120), MaxAttempts: 10);

    [Fact]
    public void The_nth_failure_waits_the_first_delay_doubled_n_minus_1_times()
    {
        Assert.Equal([1, 2, 4, 8, 16, 32, 64], Enumerable.Range(1, 7).Select(n => Webhooks.DelayAfter(n).TotalMinutes));
    }

    [Fact]
    public void The_delay_stops_growing_at_the_maximum_and_reaches_it_exactly()
    {
        var schedule = new RetrySchedule(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(64));

        Assert.Equal(TimeSpan.FromMinutes(32), schedule.DelayAfter(6));
        Assert.Equal(TimeSpan.FromMinutes(64), schedule.DelayAfter(7));
        Assert.Equal(TimeSpan.FromMinutes(64), schedule.DelayAfter(8));
        Assert.Equal(TimeSpan.FromMinutes(64), schedule.DelayAfter(1_000));
    }

    [Fact]
    public void A_delay_one_tick_under_the_maximum_is_kept()
    {
        var schedule = new RetrySchedule(TimeSpan.FromTicks(100), TimeSpan.FromTicks(201));

        Assert.Equal(TimeSpan.FromTicks(200), schedule.DelayAfter(2));
        Assert.Equal(TimeSpan.FromTicks(201), schedule.DelayAfter(3));
    }

    [Fact]
    public void No_failure_yet_or_a_nonsense_count_waits_the_first_delay()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), Webhooks.DelayAfter(0));
        Assert.Equal(TimeSpan.FromMinutes(1), Webhooks.DelayAfter(-5));
    }

    [Fact]
    public void Webhook_retries_are_exhausted_at_the_maximum_attempt_not_one_before()
    {
        Assert.False(Webhooks.Exhausted(9));
        Assert.True(Webhooks.Exhausted(10));
        Assert.True(Webhooks.Exhausted(11));
    }

    [Fact]
    public void Emails_are_never_given_up()
    {
        var emails = new RetrySchedule(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));

        Assert.False(emails.Exhausted(int.MaxValue));
    }
}
