namespace Defis.Notification.Domain.Delivery;

public enum DeliveryStatus
{
    /// <summary>To send at <see cref="OutboundDelivery.NextAttemptAt"/>: new, or retrying after a failure.</summary>
    Pending = 1,
    Sent = 2,
    /// <summary>Given up (webhook attempts exhausted or subscription disabled); emails are never given up.</summary>
    Failed = 3,
    /// <summary>An email its recipient wants in the daily digest; the digest job sends it grouped with others.</summary>
    AwaitingDigest = 4,
    /// <summary>Sent inside a digest email (<see cref="OutboundDelivery.DigestId"/>).</summary>
    Digested = 5,
}
