using Defis.SharedKernel.Time;

namespace Defis.Accompaniment.Domain.Sessions;

/// <summary>
/// When the confirmed registrants of a session are reminded: from midnight (Paris) of the day before the session
/// until it starts, once per start instant. A reminder missed on the day before (the service was down) still goes
/// on the day itself before the start; a session moved to another start is reminded again for the new one,
/// because the session records the start its reminder was sent for. Pure: persistence selects the sessions
/// (starting before <see cref="Horizon"/>) under a lock and saves the start it reminded for with the event.
/// </summary>
public static class SessionReminder
{
    /// <summary>The first instant the reminder of a session starting at <paramref name="start"/> may go.</summary>
    public static DateTimeOffset OpensAt(DateTimeOffset start) => ParisTime.StartOfDay(ParisTime.DateOf(start).AddDays(-1));

    public static bool IsDue(DateTimeOffset start, DateTimeOffset? remindedFor, DateTimeOffset now) =>
        now >= OpensAt(start) && now < start && remindedFor != start;

    /// <summary>Sessions that may be due at <paramref name="now"/> start before this instant: today's and tomorrow's (Paris).</summary>
    public static DateTimeOffset Horizon(DateTimeOffset now) => ParisTime.StartOfDay(ParisTime.DateOf(now).AddDays(2));
}
