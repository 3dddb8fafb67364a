using System.Diagnostics;
using Defis.Dashboard.Otlp;
using Defis.Dashboard.Telemetry;
using OpenTelemetry.Proto.Collector.Trace.V1;

namespace Defis.Benchmarks.Dashboard;

/// <summary>
/// The second baseline: the store's batched inserts alone (one transaction per 64 requests, as the writer
/// groups them, retention applied), fed with requests already mapped: the ceiling of what the receiver can keep.
/// </summary>
public static class StoreOnly
{
    private const int RequestsPerTransaction = 64;

    public static double SpansPerSecond(ExportTraceServiceRequest sample, long spans, string folder)
    {
        var received = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000;
        var batch = OtlpMapper.Map(sample, received);
        var requests = (int)Math.Ceiling(spans / (double)batch.Spans.Count);
        var file = Path.Combine(folder, $"store-only-{Guid.NewGuid():N}.db");
        using var store = new TelemetryStore(file, RetentionLimits.Default, TimeProvider.System);
        var clock = Stopwatch.StartNew();
        for (var written = 0; written < requests; written += RequestsPerTransaction)
        {
            store.Write(Enumerable.Repeat(batch, Math.Min(RequestsPerTransaction, requests - written)).ToList());
        }
        clock.Stop();
        return requests * (double)batch.Spans.Count / clock.Elapsed.TotalSeconds;
    }
}
