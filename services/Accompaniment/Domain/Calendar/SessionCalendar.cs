using System.Globalization;
using Defis.Accompaniment.Domain.Sessions;
using Defis.Accompaniment.Domain.Time;

namespace Defis.Accompaniment.Domain.Calendar;

/// <summary>
/// One session as an iCalendar file (RFC 5545) that people add to their agenda: a VCALENDAR with the
/// Europe/Paris VTIMEZONE and one VEVENT whose times are Paris wall-clock times with TZID, so that
/// calendar apps show 14:00 for a 14:00 workshop whatever the season.
/// </summary>
public static class SessionCalendar
{
    public const string ParisZoneId = "Europe/Paris";
    public const string UidDomain = "accompagnement.defis";
    public const string MediaType = "text/calendar; charset=utf-8";

    /// <summary>RFC 5545 §3.1: no line longer than 75 octets, line break excluded.</summary>
    public const int MaxLineOctets = 75;

    /// <summary><paramref name="stamp"/> is when the file is produced (DTSTAMP); pass the caller's "now".</summary>
    public static string Export(Session session, DateTimeOffset stamp)
    {
        var lines = new ContentLines()
            .Add("BEGIN", "VCALENDAR")
            .Add("VERSION", "2.0")
            .Add("PRODID", "-//Defis//Accompagnement//FR")
            .Add("CALSCALE", "GREGORIAN")
            .Add("METHOD", "PUBLISH");
        ParisTimeZone.WriteTo(lines);
        lines.Add("BEGIN", "VEVENT")
            .Add("UID", UidOf(session.Id))
            .Add("DTSTAMP", Utc(stamp))
            .Add($"DTSTART;TZID={ParisZoneId}", Paris(session.Start))
            .Add($"DTEND;TZID={ParisZoneId}", Paris(session.End))
            .AddText("SUMMARY", session.Title);
        if (session.Description is { } description)
        {
            lines.AddText("DESCRIPTION", description);
        }
        if (session.Location is { } location)
        {
            lines.AddText("LOCATION", location);
        }
        if (session.Url is { } url)
        {
            // URI values are not TEXT: written as is, never escaped.
            lines.Add("URL", url.AbsoluteUri);
        }
        return lines.Add("END", "VEVENT").Add("END", "VCALENDAR").ToString();
    }

    public static string UidOf(Guid sessionId) => $"{sessionId:D}@{UidDomain}";

    private static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Paris(DateTimeOffset instant) =>
        ParisCalendar.WallClock(instant).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
}
