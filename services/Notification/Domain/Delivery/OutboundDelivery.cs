namespace Defis.Notification.Domain.Delivery;

/// <summary>
/// One email or webhook call owed for one integration event: at most one per (event, channel, recipient),
/// where the recipient is an email address or a webhook subscription id. It stays Pending, retried with
/// backoff, until sent; the attempts and the last error show why it has not arrived yet.
/// </summary>
public sealed class OutboundDelivery
{
    private OutboundDelivery()
    {
    }

    public Guid Id { get; private set; }

    public Guid SourceEventId { get; private set; }

    /// <summary>The dossier the event was about, if any: what a purge of that dossier removes (decision 0032).</summary>
    public Guid? DossierId { get; private set; }

    /// <summary>The integration event's short type name, e.g. "DossierSubmitted".</summary>
    public string EventType { get; private set; } = "";

    public Channel Channel { get; private set; }

    /// <summary>An email address, or a webhook subscription id.</summary>
    public string Recipient { get; private set; } = "";

    /// <summary>The platform user behind an email address, when known (preferences, "my deliveries").</summary>
    public string? RecipientUserId { get; private set; }

    public Guid? SubscriptionId { get; private set; }

    public string Category { get; private set; } = "";

    public string Subject { get; private set; } = "";

    /// <summary>The plain text of an email, or the JSON body of a webhook call.</summary>
    public string Body { get; private set; } = "";

    public DeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public Guid? DigestId { get; private set; }

    /// <summary>A document sent with the email (the filing receipt, decision 0027), rendered once when the event arrived.</summary>
    public string? AttachmentName { get; private set; }

    public byte[]? AttachmentContent { get; private set; }

    public static OutboundDelivery Email(Guid eventId, string eventType, string address, string? userId, RenderedMessage message, bool digest, DateTimeOffset now,
        EmailAttachment? attachment = null, Guid? dossierId = null) => new()
    {
        DossierId = dossierId,
        AttachmentName = attachment?.FileName,
        AttachmentContent = attachment?.Content,
        Id = Guid.CreateVersion7(now),
        SourceEventId = eventId,
        EventType = eventType,
        Channel = Channel.Email,
        Recipient = address,
        RecipientUserId = userId,
        Category = message.Category,
        Subject = message.Subject,
        Body = message.Body,
        Status = digest ? DeliveryStatus.AwaitingDigest : DeliveryStatus.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    public static OutboundDelivery Webhook(Guid eventId, string eventType, Guid subscriptionId, string json, DateTimeOffset now, Guid? dossierId = null) => new()
    {
        DossierId = dossierId,
        Id = Guid.CreateVersion7(now),
        SourceEventId = eventId,
        EventType = eventType,
        Channel = Channel.Webhook,
        Recipient = subscriptionId.ToString(),
        SubscriptionId = subscriptionId,
        Category = "webhook",
        Subject = eventType,
        Body = json,
        Status = DeliveryStatus.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    public void MarkSent(DateTimeOffset now)
    {
        Attempts++;
        Status = DeliveryStatus.Sent;
        SentAt = now;
        LastError = null;
    }

    /// <summary>Records a failed attempt; returns false when the schedule gives up (the delivery is then Failed).</summary>
    public bool MarkFailed(string error, RetrySchedule schedule, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (schedule.Exhausted(Attempts))
        {
            Status = DeliveryStatus.Failed;
            return false;
        }
        NextAttemptAt = now + schedule.DelayAfter(Attempts);
        return true;
    }

    /// <summary>Stops retrying a webhook call whose subscription was disabled.</summary>
    public void Abandon(string reason)
    {
        Status = DeliveryStatus.Failed;
        LastError = reason;
    }

    public void MarkDigested(Guid digestId, DateTimeOffset now)
    {
        Status = DeliveryStatus.Digested;
        DigestId = digestId;
        SentAt = now;
    }
}
