namespace Defis.Notification.Domain.Preferences;

/// <summary>How a user wants the emails of one category.</summary>
public enum DeliveryMode
{
    Immediate = 1,
    DailyDigest = 2,
    /// <summary>No email (the in-app inbox still shows it); refused for mandatory categories.</summary>
    Off = 3,
}
