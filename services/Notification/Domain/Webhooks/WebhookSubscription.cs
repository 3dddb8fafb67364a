namespace Defis.Notification.Domain.Webhooks;

/// <summary>
/// A partner system's request to receive some event types by HTTP POST, signed with its secret. After
/// <c>maxConsecutiveFailures</c> failed calls in a row it is disabled (its owner is told) until re-enabled.
/// </summary>
public sealed class WebhookSubscription
{
    private WebhookSubscription()
    {
    }

    public Guid Id { get; private set; }

    public string OwnerId { get; private set; } = "";

    public string Url { get; private set; } = "";

    public List<string> EventTypes { get; private set; } = [];

    public string Secret { get; private set; } = "";

    public bool Enabled { get; private set; }

    public int ConsecutiveFailures { get; private set; }

    public DateTimeOffset? DisabledAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public static WebhookSubscription Create(string ownerId, string url, IEnumerable<string> eventTypes, string secret, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OwnerId = ownerId,
        Url = url,
        EventTypes = eventTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        Secret = secret,
        Enabled = true,
        CreatedAt = now,
    };


    public bool Wants(string eventType) => Enabled && EventTypes.Contains(eventType, StringComparer.Ordinal);

    public void Change(string? url, IEnumerable<string>? eventTypes, string? secret)
    {
        Url = url ?? Url;
        EventTypes = eventTypes?.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() ?? EventTypes;
        Secret = secret ?? Secret;
    }

    /// <summary>Re-enabling starts a fresh failure count.</summary>
    public void Enable()
    {
        Enabled = true;
        ConsecutiveFailures = 0;
        DisabledAt = null;
    }

    public void RecordSuccess() => ConsecutiveFailures = 0;

    /// <summary>Counts a failed call; returns true when this failure disables the subscription.</summary>
    public bool RecordFailure(int maxConsecutiveFailures, DateTimeOffset now)
    {
        ConsecutiveFailures++;
        if (!Enabled || ConsecutiveFailures < maxConsecutiveFailures)
        {
            return false;
        }
        Enabled = false;
        DisabledAt = now;
        return true;
    }
}
