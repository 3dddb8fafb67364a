namespace Defis.Accompaniment.Domain.Calendar;

/// <summary>One content line once unfolded: <c>NAME;PARAM=value:VALUE</c>. Names are upper-cased; the value is raw (still escaped).</summary>
public sealed record CalendarProperty(string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
{
    public string? Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : null;
}

/// <summary>A BEGIN…END block (VCALENDAR, VTIMEZONE, VEVENT…) with its properties and nested blocks, in file order.</summary>
public sealed class CalendarComponent(string name)
{
    public string Name { get; } = name;

    public List<CalendarProperty> Properties { get; } = [];

    public List<CalendarComponent> Components { get; } = [];

    public CalendarProperty? Property(string name) => Properties.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<CalendarComponent> Children(string name) => Components.Where(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A VEVENT read back: what our export writes, with times as instants and texts unescaped.</summary>
public sealed record CalendarEvent(string Uid, DateTimeOffset Stamp, DateTimeOffset Start, DateTimeOffset End, string Summary,
    string? Description, string? Location, Uri? Url);
