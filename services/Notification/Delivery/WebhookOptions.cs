namespace Defis.Notification.Delivery;

/// <summary>Notification:Webhooks settings. The defaults retry a call over about nine hours before giving up.</summary>
public sealed class WebhookOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>1 min, 2, 4, 8… capped at 2 h: 10 attempts span about 9 h.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(2);

    public int MaxAttempts { get; set; } = 10;

    /// <summary>Failed calls in a row (across the subscription's deliveries) that disable a subscription.</summary>
    public int MaxConsecutiveFailures { get; set; } = 15;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public int BatchSize { get; set; } = 20;
}
