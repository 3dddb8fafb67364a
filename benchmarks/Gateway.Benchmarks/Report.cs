using Defis.Benchmarking;

namespace Defis.Benchmarks.Gateway;

/// <summary>Medians per door over the rounds, and the ratios PERFORMANCE.md sets targets for.</summary>
public static class Report
{
    /// <param name="rounds">Each round's runs, one per door.</param>
    public static void Print(IReadOnlyList<IReadOnlyList<WrkResult>> rounds, IReadOnlyList<string> doors)
    {
        var results = rounds.SelectMany(r => r).ToList();
        var medians = doors.ToDictionary(d => d, d => (
            Rate: Median(results.Where(r => r.Door == d).Select(r => r.RequestsPerSecond)),
            P50: Median(results.Where(r => r.Door == d).Select(r => r.P50Ms)),
            P99: Median(results.Where(r => r.Door == d).Select(r => r.P99Ms))));
        Console.WriteLine();
        Console.WriteLine("| door | req/s (median) | p50 ms | p99 ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (door, m) in medians)
        {
            Console.WriteLine($"| {door} | {m.Rate:N0} | {m.P50:0.00} | {m.P99:0.00} |");
        }
        // Ratios within each round (runs minutes apart drift with the machine's load), then their median.
        Console.WriteLine();
        Console.WriteLine($"gateway / bare YARP:        {Ratio(rounds, doors[2], doors[1])} (target ≥ 0.85)");
        Console.WriteLine($"gateway / service directly: {Ratio(rounds, doors[2], doors[0])} (target ≥ 0.5, DB-backed read)");
        Console.WriteLine($"bare YARP / service:        {Ratio(rounds, doors[1], doors[0])} (what any proxy hop costs here)");
    }

    /// <summary>The targets table's row: the gateway against the bare YARP; any socket error or non-2xx answer fails the run.</summary>
    public static BenchmarkResult Result(IReadOnlyList<IReadOnlyList<WrkResult>> rounds, string gateway, string bareYarp)
    {
        var results = rounds.SelectMany(r => r).ToList();
        var ratio = Median(Ratios(rounds, gateway, bareYarp));
        string[] failures = results.Where(r => r.Errors > 0).Select(r => $"{r.Door}: {r.Errors} socket errors or non-2xx answers").ToArray();
        return new BenchmarkResult("gateway authenticated DB-backed read", $"{Median(results.Where(r => r.Door == gateway).Select(r => r.RequestsPerSecond)):N0} req/s",
            $"bare YARP {Median(results.Where(r => r.Door == bareYarp).Select(r => r.RequestsPerSecond)):N0} req/s", ratio, "≥ 0.85×", ratio >= 0.85, failures);
    }

    private static string Ratio(IReadOnlyList<IReadOnlyList<WrkResult>> rounds, string door, string baseline)
    {
        var ratios = Ratios(rounds, door, baseline);
        return $"{Median(ratios):0.00}× median of rounds ({string.Join(", ", ratios.Select(x => x.ToString("0.00")))})";
    }

    private static List<double> Ratios(IReadOnlyList<IReadOnlyList<WrkResult>> rounds, string door, string baseline) =>
        rounds.Select(r => r.Single(x => x.Door == door).RequestsPerSecond / r.Single(x => x.Door == baseline).RequestsPerSecond).ToList();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
