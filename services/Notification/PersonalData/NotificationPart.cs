using Defis.Notification.Domain.Delivery;
using Defis.Notification.Domain.Preferences;

namespace Defis.Notification.PersonalData;

/// <summary>Notification's part of a person's data (decision 0030): what they were told, how they want it, where.</summary>
public sealed record NotificationPart(
    IReadOnlyList<string> KnownEmailAddresses,
    IReadOnlyList<InboxItem> Inbox,
    IReadOnlyList<SentEmail> Emails,
    IReadOnlyList<CategoryPreference> Preferences,
    IReadOnlyList<WebhookSubscriptionCopy> WebhookSubscriptions);

public sealed record InboxItem(Guid Id, string Category, string Subject, string Body, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>An email to the person; an attachment by its name only (its content is the document the email carried).</summary>
public sealed record SentEmail(Guid Id, string To, string Category, string Subject, string Body, DeliveryStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? AttachmentName);

public sealed record CategoryPreference(string Category, DeliveryMode Mode, DateTimeOffset UpdatedAt);

/// <summary>A webhook the person registered, without its signing secret.</summary>
public sealed record WebhookSubscriptionCopy(Guid Id, string Url, IReadOnlyList<string> EventTypes, bool Enabled, int ConsecutiveFailures,
    DateTimeOffset? DisabledAt, DateTimeOffset CreatedAt);
