using System.Globalization;

namespace Defis.Benchmarks.Dashboard;

/// <summary>The process's resident memory (VmRSS from /proc), sampled every 100 ms; the peak of one phase.</summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peakBytes;

    public MemorySampler() => _sampling = SampleAsync(_stop.Token);

    public long PeakBytes => Interlocked.Read(ref _peakBytes);

    /// <summary>VmRSS or VmHWM (the process's lifetime peak) in bytes.</summary>
    public static long Read(string field = "VmRSS")
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = Read();
            if (now > Interlocked.Read(ref _peakBytes))
            {
                Interlocked.Exchange(ref _peakBytes, now);
            }
            try
            {
                await Task.Delay(100, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
