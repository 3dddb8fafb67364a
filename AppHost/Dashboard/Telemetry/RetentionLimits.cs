namespace Defis.Dashboard.Telemetry;

/// <summary>How much telemetry the store keeps: beyond a limit the oldest rows go, and a counter says how many.</summary>
public sealed record RetentionLimits(int MaxSpans, int MaxLogs, int MaxPoints, TimeSpan MaxAge)
{
    /// <summary>About 100 MB of SQLite on a busy local platform; a week of history.</summary>
    public static readonly RetentionLimits Default = new(200_000, 200_000, 500_000, TimeSpan.FromDays(7));

    /// <summary>How many of the oldest rows must go for <paramref name="count"/> to fit in <paramref name="max"/>.</summary>
    public static long Excess(long count, long max) => Math.Max(0, count - Math.Max(0, max));
}
