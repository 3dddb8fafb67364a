using System.Globalization;

namespace Defis.SharedKernel.Time;

/// <summary>Deadlines and dates shown to people are in Europe/Paris, whatever the server's zone.</summary>
public static class ParisTime
{
    // Stryker disable once String : set once at type initialisation, where mutation testing cannot reach it per test; every Paris-time test reads it.
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    // Stryker disable once String : set once at type initialisation, like the zone; Format's tests read its French.
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static DateTimeOffset ToParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The calendar day in Paris at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToParis(instant).DateTime);

    /// <summary>The instant a Paris day begins (midnight is never skipped nor repeated: French clocks change at 2–3 a.m.).</summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    /// <summary>E.g. "vendredi 15 octobre 2021 à 12:00".</summary>
    public static string Format(DateTimeOffset instant) =>
        ToParis(instant).ToString("dddd d MMMM yyyy 'à' HH:mm", French);
}
