using System.Globalization;

namespace Defis.Benchmarking;

/// <summary>
/// One row of the targets table (issue 18): the figure, the baseline measured in the same run, their ratio, the
/// target and whether it was met, and the correctness checks that failed (none when the run was correct).
/// A missed target is a finding; a failed check is a broken run, and its benchmark exits 1. A row whose target is an
/// absolute figure (a latency) has no ratio.
/// </summary>
public sealed record BenchmarkResult(string Path, string Figure, string Baseline, double? Ratio, string Target, bool Met, IReadOnlyList<string> Failures)
{
    /// <summary>When set (by <c>./defis bench</c>), the file each result is appended to, one tab-separated line each.</summary>
    public const string FileVariable = "DEFIS_BENCH_RESULTS";

    public bool Correct => Failures.Count == 0;

    public int ExitCode => Correct ? 0 : 1;

    private string RatioText => Ratio?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–";

    /// <summary>Prints the row, and appends it to the file <c>./defis bench</c> reads its table from.</summary>
    public void Report()
    {
        var checks = Correct ? "checks passed" : $"CHECKS FAILED: {string.Join("; ", Failures)}";
        Console.WriteLine($"result: {Path}: {Figure} against {Baseline}, ratio {RatioText}" +
            $" (target {Target}: {(Met ? "met" : "not met")}); {checks}");
        if (Environment.GetEnvironmentVariable(FileVariable) is { Length: > 0 } file)
        {
            File.AppendAllLines(file, [string.Join('\t', Path, Figure, Baseline, RatioText, Target,
                Met ? "yes" : "no", Correct ? "passed" : string.Join("; ", Failures))]);
        }
    }
}
