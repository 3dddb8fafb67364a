namespace Defis.Notification.Delivery;

/// <summary>Notification:Digest settings.</summary>
public sealed class DigestOptions
{
    /// <summary>How often the job looks for finished Paris days with digest notifications waiting.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}
