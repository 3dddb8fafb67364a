namespace Defis.Accompaniment.Domain.Calendar;

/// <summary>
/// The VTIMEZONE of Europe/Paris under the EU rule in force since 1996: summer time from the last
/// Sunday of March at 02:00 (UTC+1 → UTC+2) to the last Sunday of October at 03:00 (back to UTC+1).
/// Written out by hand rather than derived from the host's zone data: it must read the same on every
/// server, and calendar apps only need the current rule for future sessions.
/// </summary>
internal static class ParisTimeZone
{
    public static void WriteTo(ContentLines lines) => lines
        .Add("BEGIN", "VTIMEZONE")
        .Add("TZID", SessionCalendar.ParisZoneId)
        .Add("BEGIN", "DAYLIGHT")
        .Add("TZOFFSETFROM", "+0100")
        .Add("TZOFFSETTO", "+0200")
        .Add("TZNAME", "CEST")
        .Add("DTSTART", "19700329T020000")
        .Add("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        .Add("END", "DAYLIGHT")
        .Add("BEGIN", "STANDARD")
        .Add("TZOFFSETFROM", "+0200")
        .Add("TZOFFSETTO", "+0100")
        .Add("TZNAME", "CET")
        .Add("DTSTART", "19701025T030000")
        .Add("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        .Add("END", "STANDARD")
        .Add("END", "VTIMEZONE");
}
