using Defis.SharedKernel.Time;

namespace Defis.Submission.Domain;

/// <summary>Periods counted in calendar months, as people in Paris count them.</summary>
public static class ParisMonths
{
    /// <summary>The same Paris wall-clock time <paramref name="months"/> later; the month's last day when the day does not exist.</summary>
    public static DateTimeOffset After(DateTimeOffset instant, int months)
    {
        var later = ParisTime.ToParis(instant).DateTime.AddMonths(months);
        return new DateTimeOffset(later, ParisTime.Zone.GetUtcOffset(later));
    }
}
