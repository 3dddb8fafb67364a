namespace Defis.Notification.Delivery;

/// <summary>Notification:Email settings; the server comes from ConnectionStrings:smtp ("smtp://host:port") or Smtp:Host/Port.</summary>
public sealed class EmailOptions
{
    public string From { get; set; } = "Défis <ne-pas-repondre@defis.gouv.fr>";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The first retry after an SMTP failure; each next one waits twice as long, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    public int BatchSize { get; set; } = 20;
}
