namespace Defis.Notification.Domain.Webhooks;

/// <summary>One HTTP call of a webhook delivery, for the subscription's delivery log.</summary>
public sealed class WebhookAttempt
{
    private WebhookAttempt()
    {
    }

    public Guid Id { get; private set; }

    public Guid DeliveryId { get; private set; }

    public Guid SubscriptionId { get; private set; }

    public int AttemptNumber { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The receiver's HTTP status, null when no answer came (refused, timeout, forbidden address).</summary>
    public int? StatusCode { get; private set; }

    public bool Succeeded { get; private set; }

    public string? Error { get; private set; }

    public static WebhookAttempt Record(Guid deliveryId, Guid subscriptionId, int attemptNumber, int? statusCode, string? error, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        DeliveryId = deliveryId,
        SubscriptionId = subscriptionId,
        AttemptNumber = attemptNumber,
        At = at,
        StatusCode = statusCode,
        Succeeded = statusCode is >= 200 and < 300,
        Error = error is { Length: > 1000 } ? error[..1000] : error,
    };
}
