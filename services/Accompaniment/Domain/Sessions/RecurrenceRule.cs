using Defis.SharedKernel.Time;
using System.Globalization;
using Defis.Accompaniment.Domain.Time;
using Defis.SharedKernel.Errors;

namespace Defis.Accompaniment.Domain.Sessions;

/// <summary>
/// The part of RFC 5545's RRULE that session series need: <c>FREQ=WEEKLY</c> with <c>BYDAY</c> (plain
/// days, no ordinals), <c>INTERVAL</c>, <c>WKST</c>, and an end by <c>COUNT</c> or <c>UNTIL</c> (never
/// both, as the RFC requires; one of them is required here, a series must end). Occurrences are Paris
/// wall-clock times: the time of day of the first session is kept on every date. An <c>UNTIL</c> in UTC
/// (<c>…Z</c>) is an instant; a date or a floating date-time is read in Paris. Dates that do not match
/// <c>BYDAY</c> are never generated, not even the start (the RFC leaves that case undefined).
/// </summary>
public sealed record RecurrenceRule(IReadOnlyList<DayOfWeek> ByDay, int Interval, int? Count, DateTimeOffset? Until, DayOfWeek WeekStart)
{
    public const int MaxOccurrences = 200;
    private const string Field = "recurrence";

    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MO"] = DayOfWeek.Monday, ["TU"] = DayOfWeek.Tuesday, ["WE"] = DayOfWeek.Wednesday, ["TH"] = DayOfWeek.Thursday,
        ["FR"] = DayOfWeek.Friday, ["SA"] = DayOfWeek.Saturday, ["SU"] = DayOfWeek.Sunday,
    };

    public static RecurrenceRule Parse(string? text)
    {
        var violations = new FieldViolations().RequiredText(Field, text, 500);
        violations.ThrowIfAny();
        var parts = ReadParts(text!, violations);
        violations.ThrowIfAny();
        var rule = Build(parts, violations);
        violations.ThrowIfAny();
        return rule;
    }

    /// <summary>Paris wall-clock starts, from <paramref name="firstStart"/> on, in order.</summary>
    public IEnumerable<DateTime> Occurrences(DateTime firstStart)
    {
        var days = ByDay.Count > 0 ? ByDay : [firstStart.DayOfWeek];
        var weekStart = firstStart.Date.AddDays(-(((int)firstStart.DayOfWeek - (int)WeekStart + 7) % 7));
        var produced = 0;
        for (var week = weekStart; ; week = week.AddDays(7 * Interval))
        {
            foreach (var day in Enumerable.Range(0, 7).Select(i => week.AddDays(i)).Where(d => days.Contains(d.DayOfWeek)))
            {
                var occurrence = day + firstStart.TimeOfDay;
                if (occurrence < firstStart)
                {
                    continue;
                }
                if (produced == Count || (Until is { } until && ParisCalendar.At(occurrence) > until))
                {
                    yield break;
                }
                if (++produced > MaxOccurrences)
                {
                    new FieldViolations().Add(Field, $"Une série compte au plus {MaxOccurrences} séances.").ThrowIfAny();
                }
                yield return occurrence;
            }
        }
    }

    private static Dictionary<string, string> ReadParts(string text, FieldViolations violations)
    {
        Dictionary<string, string> parts = new(StringComparer.OrdinalIgnoreCase);
        var body = text.Trim();
        if (body.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
        {
            body = body["RRULE:".Length..];
        }
        foreach (var part in body.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2 || pair[1].Length == 0)
            {
                violations.Add(Field, $"Partie mal formée : « {part} » (NOM=VALEUR attendu).");
            }
            else if (!parts.TryAdd(pair[0].Trim(), pair[1].Trim()))
            {
                violations.Add(Field, $"Partie répétée : {pair[0]}.");
            }
        }
        return parts;
    }

    private static RecurrenceRule Build(Dictionary<string, string> parts, FieldViolations violations)
    {
        foreach (var name in parts.Keys.Where(n => n.ToUpperInvariant() is not ("FREQ" or "BYDAY" or "INTERVAL" or "COUNT" or "UNTIL" or "WKST")))
        {
            violations.Add(Field, $"Partie non prise en charge : {name.ToUpperInvariant()}.");
        }
        if (!parts.TryGetValue("FREQ", out var freq) || !freq.Equals("WEEKLY", StringComparison.OrdinalIgnoreCase))
        {
            violations.Add(Field, "Seule la fréquence hebdomadaire (FREQ=WEEKLY) est prise en charge.");
        }
        var count = parts.TryGetValue("COUNT", out var c) ? Positive(c, "COUNT", violations) : null;
        var until = parts.TryGetValue("UNTIL", out var u) ? ParseUntil(u, violations) : null;
        if (parts.ContainsKey("COUNT") == parts.ContainsKey("UNTIL"))
        {
            violations.Add(Field, "Indiquez soit COUNT soit UNTIL (l'un des deux, pas les deux).");
        }
        var interval = parts.TryGetValue("INTERVAL", out var i) ? Positive(i, "INTERVAL", violations) ?? 1 : 1;
        var byDay = parts.TryGetValue("BYDAY", out var d) ? d.Split(',').Select(day => Day(day, violations)).OfType<DayOfWeek>().Distinct().ToList() : [];
        var weekStart = parts.TryGetValue("WKST", out var w) ? Day(w, violations) ?? DayOfWeek.Monday : DayOfWeek.Monday;
        return new(byDay, interval, count, until, weekStart);
    }

    private static DayOfWeek? Day(string code, FieldViolations violations)
    {
        if (Days.TryGetValue(code.Trim(), out var day))
        {
            return day;
        }
        violations.Add(Field, $"Jour inconnu : « {code} » (MO, TU, WE, TH, FR, SA ou SU).");
        return null;
    }

    private static int? Positive(string value, string name, FieldViolations violations)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
        {
            return n;
        }
        violations.Add(Field, $"{name} doit être un entier positif (ici « {value} »).");
        return null;
    }

    private static DateTimeOffset? ParseUntil(string value, FieldViolations violations)
    {
        var inv = CultureInfo.InvariantCulture;
        // Stryker disable once Bitwise : the 'Z' is a quoted literal, so the parsed clock time is the same whatever the styles; the offset is set to zero below.
        if (DateTime.TryParseExact(value, "yyyyMMdd'T'HHmmss'Z'", inv, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
        {
            return new DateTimeOffset(utc, TimeSpan.Zero);
        }
        if (DateTime.TryParseExact(value, "yyyyMMdd'T'HHmmss", inv, DateTimeStyles.None, out var local))
        {
            return ParisCalendar.At(local);
        }
        if (DateOnly.TryParseExact(value, "yyyyMMdd", inv, DateTimeStyles.None, out var day))
        {
            // The whole day is included: anything that starts before the next Paris midnight.
            return ParisTime.StartOfDay(day.AddDays(1)).AddTicks(-1);
        }
        violations.Add(Field, $"UNTIL doit être une date (AAAAMMJJ) ou une date-heure (AAAAMMJJTHHMMSS, suivie de Z en UTC) ; ici « {value} ».");
        return null;
    }
}
