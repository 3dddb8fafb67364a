using Defis.Contracts.Notification.V1;
using Defis.Notification.Domain.Delivery;
using Google.Protobuf.WellKnownTypes;
using ContractStatus = Defis.Contracts.Notification.V1.DeliveryStatus;
using DomainAttempt = Defis.Notification.Domain.Webhooks.WebhookAttempt;
using DomainSubscription = Defis.Notification.Domain.Webhooks.WebhookSubscription;

namespace Defis.Notification.Grpc;

internal static class WebhookMapping
{
    /// <summary>The secret is never returned.</summary>
    public static WebhookSubscription ToContract(this DomainSubscription s) => new()
    {
        Id = s.Id.ToString(),
        Url = s.Url,
        EventTypes = { s.EventTypes },
        Enabled = s.Enabled,
        ConsecutiveFailures = s.ConsecutiveFailures,
        DisabledAt = s.DisabledAt is { } disabled ? Timestamp.FromDateTimeOffset(disabled) : null,
        CreatedAt = Timestamp.FromDateTimeOffset(s.CreatedAt),
    };

    public static WebhookDelivery ToContract(this OutboundDelivery d, IEnumerable<DomainAttempt> attempts) => new()
    {
        Id = d.Id.ToString(),
        EventId = d.SourceEventId.ToString(),
        EventType = d.EventType,
        Status = (ContractStatus)(int)d.Status,
        Attempts = d.Attempts,
        NextAttemptAt = Timestamp.FromDateTimeOffset(d.NextAttemptAt),
        LastError = d.LastError ?? "",
        CreatedAt = Timestamp.FromDateTimeOffset(d.CreatedAt),
        SentAt = d.SentAt is { } sent ? Timestamp.FromDateTimeOffset(sent) : null,
        AttemptLog =
        {
            attempts.Select(a => new WebhookAttempt
            {
                Number = a.AttemptNumber,
                At = Timestamp.FromDateTimeOffset(a.At),
                StatusCode = a.StatusCode ?? 0,
                Succeeded = a.Succeeded,
                Error = a.Error ?? "",
            }),
        },
    };
}
