namespace Defis.Notification.Domain;

/// <summary>A notification in one user's in-app inbox, raised by one integration event.</summary>
public sealed class InboxNotification
{
    private InboxNotification()
    {
    }

    public Guid Id { get; private set; }

    public string RecipientId { get; private set; } = "";

    /// <summary>The event that caused it: at most one notification per (event, recipient).</summary>
    public Guid SourceEventId { get; private set; }

    /// <summary>The dossier the event was about, if any: what a purge of that dossier removes (decision 0032).</summary>
    public Guid? DossierId { get; private set; }

    public string Category { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public static InboxNotification For(string recipientId, Guid sourceEventId, RenderedMessage message, DateTimeOffset now, Guid? dossierId = null) => new()
    {
        DossierId = dossierId,
        Id = Guid.CreateVersion7(now),
        RecipientId = recipientId,
        SourceEventId = sourceEventId,
        Category = message.Category,
        Subject = message.Subject,
        Body = message.Body,
        CreatedAt = now,
    };

    /// <summary>Reading twice keeps the first time.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
