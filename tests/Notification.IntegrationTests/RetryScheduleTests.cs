using Defis.Notification.Delivery;
using Defis.Notification.Domain.Delivery;

namespace Defis.Notification.IntegrationTests;

/// <summary>The webhook retry schedule the defaults give, as services/Notification/README.md documents it.</summary>
public sealed class RetryScheduleTests
{
    public static RetrySchedule WebhookDefaults()
    {
        var defaults = new WebhookOptions();
        return new RetrySchedule(defaults.FirstBackoff, defaults.MaxBackoff, defaults.MaxAttempts);
    }

    [Fact]
    public void Webhooks_wait_1_then_2_then_4_minutes_and_so_on_up_to_2_hours_for_10_attempts()
    {
        var schedule = WebhookDefaults();

        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 120, 120], Enumerable.Range(1, 9).Select(schedule.DelayAfter).Select(d => d.TotalMinutes));
        Assert.Equal(TimeSpan.FromMinutes(367), Enumerable.Range(1, 9).Select(schedule.DelayAfter).Aggregate(TimeSpan.Zero, (a, b) => a + b));
        Assert.False(schedule.Exhausted(9));
        Assert.True(schedule.Exhausted(10));
        Assert.Equal(15, new WebhookOptions().MaxConsecutiveFailures);
    }
}
