using System.Threading.Channels;

namespace Defis.Dashboard.Telemetry;

/// <summary>
/// The bounded queue between the receivers and the single writer: a burst waits a moment for room, then
/// is refused (OTLP exporters retry on UNAVAILABLE / 503), so ingestion never grows memory without bound.
/// </summary>
public sealed class TelemetryIngest(int capacity, TimeSpan waitForRoom)
{
    private readonly Channel<TelemetryBatch> _queue = Channel.CreateBounded<TelemetryBatch>(
        new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private long _rejected;
    private long _rejectedUnsaved;

    public ChannelReader<TelemetryBatch> Reader => _queue.Reader;

    /// <summary>Requests refused because the queue stayed full since this process started.</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    /// <summary>True when queued; false when the queue stayed full (the request is counted as rejected).</summary>
    public async Task<bool> TryEnqueueAsync(TelemetryBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0 || _queue.Writer.TryWrite(batch))
        {
            return true;
        }
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(waitForRoom);
        try
        {
            await _queue.Writer.WriteAsync(batch, wait.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _rejected);
            Interlocked.Increment(ref _rejectedUnsaved);
            return false;
        }
    }

    public long UnsavedRejections => Interlocked.Read(ref _rejectedUnsaved);

    /// <summary>Rejections not yet added to the store's persistent counter.</summary>
    public long TakeUnsavedRejections() => Interlocked.Exchange(ref _rejectedUnsaved, 0);

    public void Complete() => _queue.Writer.TryComplete();
}
