using System.Globalization;
using Defis.SharedKernel.Time;

namespace Defis.Portal.Forms;

/// <summary>
/// A day and a time typed as Paris clocks show them, as the instant they name. Browsers send a date input as
/// « 2026-03-29 » and a time input as « 14:30 »; without them people type « 29/03/2026 » and « 14h30 », read as well.
/// </summary>
public static class ParisInput
{
    /// <summary>The instant, or what is wrong with the day or the time (each said on its own input).</summary>
    public sealed record Reading(DateTimeOffset? Instant, string? DateProblem, string? TimeProblem)
    {
        /// <summary>Neither typed: nothing to say here, the platform says the field is required.</summary>
        public bool Blank { get; init; }
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss", "HH'h'mm", "H'h'mm", "HH'h'", "H'h'"];
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public const string BadDate = "Date invalide : indiquez-la sous la forme JJ/MM/AAAA, par exemple 29/03/2026.";
    public const string BadTime = "Heure invalide : indiquez-la sous la forme HH:MM, par exemple 14:30.";
    public const string NoDate = "Indiquez le jour.";
    public const string NoTime = "Indiquez l'heure.";

    /// <summary>As <see cref="Read(string?, string?)"/>, each problem also said in <paramref name="local"/> on the input it is about.</summary>
    public static Reading Read(string? date, string? time, FormField dateInput, FormField timeInput, FormErrors local)
    {
        var reading = Read(date, time);
        if (reading.DateProblem is { } dateProblem)
        {
            local.Add(dateInput.Input, dateInput.Label, dateProblem);
        }
        if (reading.TimeProblem is { } timeProblem)
        {
            local.Add(timeInput.Input, timeInput.Label, timeProblem);
        }
        return reading;
    }

    /// <summary>A day alone (a phase's first or last day): the day, or nothing typed (both null), or what is wrong with it.</summary>
    public static (DateOnly? Day, string? Problem) Day(string? date)
    {
        var day = date?.Trim() ?? "";
        if (day.Length == 0)
        {
            return (null, null);
        }
        return DateOnly.TryParseExact(day, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? (parsed, null) : (null, BadDate);
    }

    /// <summary>
    /// As <see cref="Day(string?)"/>, as the contract's date (a milestone's due day): null when nothing is typed (the
    /// platform says it is required) or when the day cannot be read, which is then said in <paramref name="local"/> on
    /// <paramref name="input"/>.
    /// </summary>
    public static Google.Type.Date? Day(string? date, FormField input, FormErrors local)
    {
        var (day, problem) = Day(date);
        if (problem is not null)
        {
            local.Add(input.Input, input.Label, problem);
        }
        return day is { } d ? new Google.Type.Date { Year = d.Year, Month = d.Month, Day = d.Day } : null;
    }

    public static Reading Read(string? date, string? time)
    {
        var day = date?.Trim() ?? "";
        var clock = (time?.Trim() ?? "").ToLowerInvariant();
        if (day.Length == 0 && clock.Length == 0)
        {
            return new(null, null, null) { Blank = true };
        }
        var parsedTime = default(TimeOnly);
        var (typedDay, dateProblem) = day.Length == 0 ? (null, NoDate) : Day(day);
        var timeProblem = clock.Length == 0 ? NoTime
            : TimeOnly.TryParseExact(clock, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out parsedTime) ? null : BadTime;
        if (dateProblem is not null || timeProblem is not null)
        {
            return new(null, dateProblem, timeProblem);
        }
        var parsedDay = typedDay!.Value;
        var wallClock = parsedDay.ToDateTime(parsedTime, DateTimeKind.Unspecified);
        var zone = ParisTime.Zone;
        // The hour skipped when clocks go forward names no instant: guessing one would schedule a session at a time
        // nobody typed, so the person chooses.
        if (zone.IsInvalidTime(wallClock))
        {
            return new(null, null,
                $"{parsedTime.ToString("HH:mm", French)} n'existe pas à Paris le {parsedDay.ToString("d MMMM yyyy", French)} : les horloges passent de 2 h à 3 h ce jour-là. Choisissez une autre heure.");
        }
        // The hour lived twice when clocks go back: the first one (summer time), as Accompaniment reads a series' times.
        var offset = zone.IsAmbiguousTime(wallClock) ? zone.GetAmbiguousTimeOffsets(wallClock).Max() : zone.GetUtcOffset(wallClock);
        return new(new DateTimeOffset(wallClock, offset), null, null);
    }
}
