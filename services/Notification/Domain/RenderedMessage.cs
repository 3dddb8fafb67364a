namespace Defis.Notification.Domain;

/// <summary>What a person reads, in French, whatever the channel.</summary>
public sealed record RenderedMessage(string Category, string Subject, string Body);
