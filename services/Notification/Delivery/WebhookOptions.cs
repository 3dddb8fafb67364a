namespace Defis.Notification.Delivery;

/// <summary>
/// Notification:Webhooks settings. The defaults make 10 attempts over 6 h 07 min before giving up (the schedule is in
/// services/Notification/README.md; WebhookTests holds the dispatcher to it on a controllable clock).
/// </summary>
public sealed class WebhookOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait after the first failure; then 2, 4, 8… min, capped at <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(2);

    public int MaxAttempts { get; set; } = 10;

    /// <summary>Failed calls in a row (across the subscription's deliveries) that disable a subscription.</summary>
    public int MaxConsecutiveFailures { get; set; } = 15;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public int BatchSize { get; set; } = 20;
}
