using System.Globalization;

namespace Defis.SharedKernel.Time;

/// <summary>Deadlines and dates shown to people are in Europe/Paris, whatever the server's zone.</summary>
public static class ParisTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static DateTimeOffset ToParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>E.g. "vendredi 15 octobre 2021 à 12:00".</summary>
    public static string Format(DateTimeOffset instant) =>
        ToParis(instant).ToString("dddd d MMMM yyyy 'à' HH:mm", French);
}
