using System.Globalization;
using Defis.SharedKernel.Time;

namespace Defis.Accompaniment.Domain.Time;

/// <summary>
/// Calendar days and wall-clock times in Europe/Paris, turned into instants. Due dates are Paris days:
/// "due on the 15th" means until the 16th at 00:00 in Paris, whatever the offset is that day.
/// </summary>
public static class ParisCalendar
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static DateTimeOffset At(DateOnly day, TimeOnly time) => At(day.ToDateTime(time));

    /// <summary>
    /// A Paris wall-clock time as an instant. In the spring gap (02:00–03:00 does not exist) the time is
    /// read with the winter offset, so it lands just after the change; in the autumn overlap (02:00–03:00
    /// happens twice) the first, summer-time occurrence is taken. Both choices match common calendar apps.
    /// </summary>
    public static DateTimeOffset At(DateTime local)
    {
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var zone = ParisTime.Zone;
        var offset = zone.IsInvalidTime(wallClock) ? zone.BaseUtcOffset
            : zone.IsAmbiguousTime(wallClock) ? zone.GetAmbiguousTimeOffsets(wallClock).Max()
            : zone.GetUtcOffset(wallClock);
        return new DateTimeOffset(wallClock, offset);
    }

    /// <summary>The Paris wall-clock time of an instant, without offset (what a calendar shows).</summary>
    public static DateTime WallClock(DateTimeOffset instant) => ParisTime.ToParis(instant).DateTime;

    /// <summary>A day as people read it, e.g. "15 octobre 2021".</summary>
    public static string InFrench(DateOnly day) => day.ToString("d MMMM yyyy", French);
}
