using System.Diagnostics;
using System.Runtime;

namespace Defis.Benchmarking;

/// <summary>
/// Warms a service up until it runs as it would after minutes in production: the runtime keeps compiling and
/// re-compiling methods (tiered compilation, profile-guided) for tens of seconds under load, and a figure taken during
/// that time measures the JIT, not the service. Measured here: after a 3 s warm-up the filings ran at 60/s with the JIT
/// taking 13 % of both cores; after 30 s, at 81/s (docs/benchmarks/submission.md).
/// </summary>
public static class JitWarmUp
{
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Runs <paramref name="load"/> in rounds of a few seconds until the process compiles fewer than
    /// <paramref name="settledPerSecond"/> methods per second, or <paramref name="limit"/> has passed; says how long it
    /// took and where the JIT stood.
    /// </summary>
    public static async Task<TimeSpan> UntilSettledAsync(Func<TimeSpan, Task> load, TimeSpan limit, double settledPerSecond = 20)
    {
        var clock = Stopwatch.StartNew();
        double perSecond;
        do
        {
            var before = JitInfo.GetCompiledMethodCount();
            var round = Stopwatch.StartNew();
            await load(Round);
            perSecond = (JitInfo.GetCompiledMethodCount() - before) / round.Elapsed.TotalSeconds;
        }
        while (perSecond >= settledPerSecond && clock.Elapsed < limit);
        Console.WriteLine($"warm-up: {clock.Elapsed.TotalSeconds:0} s, the JIT down to {perSecond:0} methods compiled/s " +
            (perSecond < settledPerSecond ? "(settled)" : $"(not settled within {limit.TotalSeconds:0} s)"));
        return clock.Elapsed;
    }
}
