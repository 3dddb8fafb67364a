namespace Defis.Notification.Events;

/// <summary>Someone an event concerns: a platform user (in-app inbox), an email address, or both.</summary>
public sealed record Recipient(string? UserId, string? Email);
