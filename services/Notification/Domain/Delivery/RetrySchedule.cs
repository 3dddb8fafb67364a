namespace Defis.Notification.Domain.Delivery;

/// <summary>
/// Exponential backoff: the n-th failure waits <see cref="First"/> × 2^(n-1), at most <see cref="Max"/>.
/// <see cref="MaxAttempts"/> null means never give up (emails); a number bounds webhooks' retries.
/// </summary>
public sealed record RetrySchedule(TimeSpan First, TimeSpan Max, int? MaxAttempts = null)
{
    public TimeSpan DelayAfter(int failures)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ticks = First.Ticks * Math.Pow(2, exponent);
        return ticks >= Max.Ticks ? Max : TimeSpan.FromTicks((long)ticks);
    }

    public bool Exhausted(int attempts) => MaxAttempts is { } max && attempts >= max;
}
