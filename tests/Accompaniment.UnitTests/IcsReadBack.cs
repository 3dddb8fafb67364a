using Ical.Net;
using Ical.Net.DataTypes;

namespace Defis.Accompaniment.UnitTests;

/// <summary>Our .ics exports read back by Ical.Net, a reader we did not write: what an agenda would understand.</summary>
internal static class IcsReadBack
{
    public static Calendar Load(string ics) => Calendar.Load(ics) ?? throw new FormatException("Aucun calendrier lisible.");

    public static IReadOnlyList<ReadEvent> Events(string ics) =>
        [.. Load(ics).Events.Select(e => new ReadEvent(e.Uid!, Instant(e.DtStamp!), Instant(e.DtStart!), Instant(e.DtEnd!), e.Summary!,
            e.Description, e.Location, e.Url))];

    private static DateTimeOffset Instant(CalDateTime value) => new(value.AsUtc, TimeSpan.Zero);
}

/// <summary>A VEVENT as the independent reader understood it, times as instants.</summary>
internal sealed record ReadEvent(string Uid, DateTimeOffset Stamp, DateTimeOffset Start, DateTimeOffset End, string Summary,
    string? Description, string? Location, Uri? Url);
