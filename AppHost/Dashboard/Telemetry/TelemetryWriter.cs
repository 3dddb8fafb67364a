using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Defis.Dashboard.Telemetry;

/// <summary>The single writer: drains the queue in groups of requests, one transaction per group.</summary>
public sealed class TelemetryWriter(TelemetryIngest ingest, TelemetryStore store, TimeProvider time, ILogger<TelemetryWriter> logger)
    : BackgroundService
{
    private const int MaxRequestsPerTransaction = 64;
    private static readonly TimeSpan AgeTrimInterval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastAgeTrim = long.MinValue;
        var group = new List<TelemetryBatch>(MaxRequestsPerTransaction);
        try
        {
            while (await ingest.Reader.WaitToReadAsync(stoppingToken))
            {
                while (group.Count < MaxRequestsPerTransaction && ingest.Reader.TryRead(out var batch))
                {
                    group.Add(batch);
                }
                WriteSafely(group);
                group.Clear();
                if (lastAgeTrim == long.MinValue || time.GetElapsedTime(lastAgeTrim) >= AgeTrimInterval)
                {
                    store.TrimByAge();
                    lastAgeTrim = time.GetTimestamp();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued is written below.
        }
        while (ingest.Reader.TryRead(out var rest))
        {
            group.Add(rest);
        }
        WriteSafely(group);
    }

    /// <summary>A failed write (disk full, corrupt file) loses that group, never the writer.</summary>
    private void WriteSafely(List<TelemetryBatch> group)
    {
        try
        {
            store.Write(group, ingest.TakeUnsavedRejections());
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            logger.LogError(e, "Telemetry write failed; {Count} export requests lost.", group.Count);
        }
    }
}
