namespace Defis.Notification.Domain.Delivery;

/// <summary>How a notification reaches its recipient. In-app notifications live in <see cref="InboxNotification"/>.</summary>
public enum Channel
{
    InApp = 1,
    Email = 2,
    Webhook = 3,
}
