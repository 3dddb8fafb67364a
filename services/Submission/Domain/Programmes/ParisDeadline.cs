using Defis.SharedKernel.Time;

namespace Defis.Submission.Domain;

/// <summary>Turns a date and wall-clock time in Paris into an instant, whatever the server's zone and the season.</summary>
public static class ParisDeadline
{
    /// <summary>
    /// A time skipped by the spring change does not exist and is refused; a time repeated by the autumn
    /// change is read as the later one (winter time), so that nobody loses the hour.
    /// </summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (ParisTime.Zone.IsInvalidTime(local))
        {
            throw new ArgumentException($"{local:yyyy-MM-dd HH:mm} n'existe pas à Paris (changement d'heure).", nameof(time));
        }
        var offset = ParisTime.Zone.IsAmbiguousTime(local)
            ? ParisTime.Zone.GetAmbiguousTimeOffsets(local).Min()
            : ParisTime.Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
