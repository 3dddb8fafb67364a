using System.Diagnostics;
using Refit;

namespace Defis.AppHost.Tests.EndToEnd;

/// <summary>
/// Waits for what the platform does asynchronously (events between services). Probes every second, not faster:
/// the gateway's per-user rate limit applies to tests too. A probe may fail while the effect is not there yet
/// (404, 400 "programme unknown"): that counts as "not yet", and the last failure is reported if time runs out.
/// </summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan bound, string what, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var last = "(no answer yet)";
        while (true)
        {
            try
            {
                var value = await probe();
                if (done(value))
                {
                    return value;
                }
                last = value?.ToString() ?? "null";
            }
            catch (ApiException e)
            {
                last = $"{(int)e.StatusCode} {e.Content}";
            }
            if (clock.Elapsed > bound)
            {
                throw new TimeoutException($"Not within {bound.TotalSeconds:0} s: {what}. Last answer: {last}");
            }
            await Task.Delay(Interval, cancellationToken);
        }
    }
}
