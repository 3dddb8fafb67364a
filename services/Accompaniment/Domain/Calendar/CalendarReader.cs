using System.Globalization;
using System.Text;
using Defis.Accompaniment.Domain.Time;

namespace Defis.Accompaniment.Domain.Calendar;

/// <summary>
/// A small iCalendar reader, enough to read back what <see cref="SessionCalendar"/> writes (and simple
/// files from other agendas): unfolds lines, splits names, parameters (quoted or not) and values,
/// nests components, unescapes TEXT and turns DATE-TIME values into instants (UTC, TZID, or floating =
/// Paris). A malformed file throws <see cref="FormatException"/> naming the line.
/// </summary>
public static class CalendarReader
{
    public static CalendarComponent Parse(string text)
    {
        var root = new CalendarComponent("");
        var open = new Stack<CalendarComponent>([root]);
        var number = 0;
        foreach (var line in Unfold(text))
        {
            number++;
            var property = ReadLine(line, number);
            if (property.Name == "BEGIN")
            {
                var component = new CalendarComponent(property.Value.ToUpperInvariant());
                open.Peek().Components.Add(component);
                open.Push(component);
            }
            else if (property.Name == "END")
            {
                if (open.Count == 1 || !open.Peek().Name.Equals(property.Value, StringComparison.OrdinalIgnoreCase))
                {
                    throw new FormatException($"Line {number}: END:{property.Value} closes nothing open.");
                }
                open.Pop();
            }
            else
            {
                open.Peek().Properties.Add(property);
            }
        }
        if (open.Count != 1 || root.Components.Count != 1)
        {
            throw new FormatException("An iCalendar file holds exactly one closed VCALENDAR.");
        }
        return root.Components[0];
    }

    public static IReadOnlyList<CalendarEvent> ReadEvents(string text) =>
        [.. Parse(text).Children("VEVENT").Select(ReadEvent)];

    /// <summary>§3.3.11: \n (or \N) is a line break, \\ \; \, the characters themselves.</summary>
    public static string UnescapeText(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                text.Append(value[i]);
            }
        }
        return text.ToString();
    }

    public static DateTimeOffset ReadDateTime(CalendarProperty property)
    {
        var value = property.Value;
        var inv = CultureInfo.InvariantCulture;
        if (value.EndsWith('Z'))
        {
            // Stryker disable once Bitwise : the 'Z' is a quoted literal, so the parsed clock time is the same whatever the styles; the offset is set to zero here.
            return new DateTimeOffset(DateTime.ParseExact(value, "yyyyMMdd'T'HHmmss'Z'", inv, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);
        }
        var local = value.Length == 8
            ? DateTime.ParseExact(value, "yyyyMMdd", inv)
            : DateTime.ParseExact(value, "yyyyMMdd'T'HHmmss", inv);
        var zone = property.Parameter("TZID");
        if (zone is null || zone == SessionCalendar.ParisZoneId)
        {
            return ParisCalendar.At(local);
        }
        var info = TimeZoneInfo.FindSystemTimeZoneById(zone);
        return new DateTimeOffset(local, info.GetUtcOffset(local));
    }

    private static CalendarEvent ReadEvent(CalendarComponent vevent)
    {
        CalendarProperty Required(string name) =>
            vevent.Property(name) ?? throw new FormatException($"VEVENT without {name}.");
        string? Text(string name) => vevent.Property(name) is { } p ? UnescapeText(p.Value) : null;
        return new(Required("UID").Value, ReadDateTime(Required("DTSTAMP")), ReadDateTime(Required("DTSTART")),
            ReadDateTime(Required("DTEND")), UnescapeText(Required("SUMMARY").Value), Text("DESCRIPTION"), Text("LOCATION"),
            vevent.Property("URL") is { } url ? new Uri(url.Value, UriKind.Absolute) : null);
    }

    /// <summary>§3.1: a line break followed by one space or tab continues the previous line.</summary>
    private static IEnumerable<string> Unfold(string text)
    {
        var current = new StringBuilder();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (raw.Length > 0 && raw[0] is ' ' or '\t')
            {
                current.Append(raw, 1, raw.Length - 1);
                continue;
            }
            if (current.Length > 0)
            {
                yield return current.ToString();
            }
            current.Clear().Append(raw);
        }
        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static CalendarProperty ReadLine(string line, int number)
    {
        var (name, end) = ReadName(line, 0, number, ';', ':');
        Dictionary<string, string> parameters = new(StringComparer.OrdinalIgnoreCase);
        while (line[end] == ';')
        {
            var (parameter, equals) = ReadName(line, end + 1, number, '=');
            var (value, next) = ReadParameterValue(line, equals + 1, number);
            parameters[parameter] = value;
            end = next;
        }
        if (line[end] != ':')
        {
            throw new FormatException($"Line {number}: ':' expected before the value.");
        }
        return new(name.ToUpperInvariant(), parameters, line[(end + 1)..]);
    }

    private static (string Name, int End) ReadName(string line, int start, int number, params char[] stops)
    {
        var end = start;
        while (end < line.Length && (char.IsAsciiLetterOrDigit(line[end]) || line[end] == '-'))
        {
            end++;
        }
        if (end == start || end >= line.Length || !stops.Contains(line[end]))
        {
            throw new FormatException($"Line {number}: malformed content line.");
        }
        return (line[start..end], end);
    }

    /// <summary>A parameter value runs to the next ';' or ':', unless quoted (then it may hold both).</summary>
    private static (string Value, int End) ReadParameterValue(string line, int start, int number)
    {
        if (start < line.Length && line[start] == '"')
        {
            var close = line.IndexOf('"', start + 1);
            if (close < 0 || close + 1 >= line.Length)
            {
                throw new FormatException($"Line {number}: unterminated quoted parameter.");
            }
            return (line[(start + 1)..close], close + 1);
        }
        var end = line.IndexOfAny([';', ':'], start);
        if (end < 0)
        {
            throw new FormatException($"Line {number}: content line without value.");
        }
        return (line[start..end], end);
    }
}
