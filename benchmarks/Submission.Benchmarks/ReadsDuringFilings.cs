using Defis.Benchmarking;

namespace Defis.Benchmarks.Submission;

/// <summary>
/// The reads of a jury day while a deadline evening's filings go on: GetDossier and its raw SELECT baseline, each at
/// the same open-loop rate while <c>writers</c> teams file and the relay publishes their events. The one-second
/// p99 of 2026-11-22 was never seen on an idle machine; this is where it would come back.
/// </summary>
public static class ReadsDuringFilings
{
    public static async Task<((double P50, double P99) Raw, (double P50, double P99) Grpc)> MeasureAsync(
        BenchmarkServers servers, BenchmarkHost host, IReadOnlyList<string> ids, int writers, int rate, TimeSpan duration)
    {
        var raw = await WhileFilingAsync(host, writers, duration, () => ReadLatency.RawSelectAsync(servers, ids, rate, duration));
        var grpc = await WhileFilingAsync(host, writers, duration, () => ReadLatency.GetDossierAsync(host, ids, rate, duration));
        return (raw, grpc);
    }

    private static async Task<(double P50, double P99)> WhileFilingAsync(BenchmarkHost host, int writers, TimeSpan duration, Func<Task<(double, double)>> reads)
    {
        var filing = SubmissionLoad.RunAsync(host, writers, duration);
        var latencies = await reads();
        await filing;
        return latencies;
    }
}
