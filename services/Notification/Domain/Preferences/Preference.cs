using Defis.SharedKernel.Errors;

namespace Defis.Notification.Domain.Preferences;

/// <summary>One user's choice for one category; without a row, emails are sent immediately.</summary>
public sealed class Preference
{
    private Preference()
    {
    }

    public string UserId { get; private set; } = "";

    public string Category { get; private set; } = "";

    public DeliveryMode Mode { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Preference For(string userId, string category, DeliveryMode mode, DateTimeOffset now)
    {
        var preference = new Preference { UserId = userId, Category = category };
        preference.Change(mode, now);
        return preference;
    }

    public void Change(DeliveryMode mode, DateTimeOffset now)
    {
        if (Categories.IsMandatory(Category) && mode != DeliveryMode.Immediate)
        {
            throw new PreconditionFailedException("MANDATORY_CATEGORY", Category, $"Les notifications « {Category} » sont obligatoires : elles sont toujours envoyées immédiatement.");
        }
        Mode = mode;
        UpdatedAt = now;
    }

    /// <summary>The mode that applies: mandatory categories are always immediate.</summary>
    public static DeliveryMode Effective(string category, DeliveryMode? chosen) =>
        Categories.IsMandatory(category) ? DeliveryMode.Immediate : chosen ?? DeliveryMode.Immediate;
}
