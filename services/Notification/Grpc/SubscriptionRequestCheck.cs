using Defis.Notification.Delivery;
using Defis.Notification.Events;
using Defis.SharedKernel.Errors;

namespace Defis.Notification.Grpc;

/// <summary>The field rules of a webhook subscription request.</summary>
internal static class SubscriptionRequestCheck
{
    public const int MinSecretLength = 16;

    public static async Task CheckAsync(FieldViolations errors, WebhookNetworkPolicy policy, string? url, IReadOnlyList<string>? eventTypes, string? secret, bool creating, CancellationToken cancellationToken)
    {
        if (creating || !string.IsNullOrEmpty(url))
        {
            errors.RequiredText("url", url, 2000);
            if (!string.IsNullOrWhiteSpace(url) && url.Length <= 2000 && await policy.CheckResolvedAsync(url, cancellationToken) is { } reason)
            {
                errors.Add("url", reason);
            }
        }
        if (creating && eventTypes is not { Count: > 0 })
        {
            errors.Add("event_types", "Au moins un type d'événement.");
        }
        for (var i = 0; i < (eventTypes?.Count ?? 0); i++)
        {
            if (!ConsumedEvents.Names.Contains(eventTypes![i]))
            {
                errors.Add($"event_types[{i}]", $"Type d'événement inconnu ; valeurs possibles : {string.Join(", ", ConsumedEvents.Names.Order())}.");
            }
        }
        if (creating || !string.IsNullOrEmpty(secret))
        {
            if (secret is null || secret.Length < MinSecretLength || secret.Length > 200)
            {
                errors.Add("secret", $"Entre {MinSecretLength} et 200 caractères.");
            }
        }
    }
}
