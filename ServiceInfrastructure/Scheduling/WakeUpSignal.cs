namespace Defis.ServiceInfrastructure.Scheduling;

/// <summary>
/// Wakes a waiting loop before its interval is over (work was just committed for it). At most one wake-up is
/// pending: several notifications before the loop looks again make one pass, which sees all their work.
/// </summary>
public class WakeUpSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            if (_semaphore.CurrentCount == 0)
            {
                _semaphore.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one pending wake-up is enough.
        }
    }

    /// <summary>Waits for a notification or <paramref name="timeout"/> of wall-clock time.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);

    /// <summary>Waits for a notification or <paramref name="interval"/> of <paramref name="time"/> (a fake clock in tests).</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var elapsed = Task.Delay(interval, time, either.Token);
        var woken = _semaphore.WaitAsync(either.Token);
        await Task.WhenAny(elapsed, woken);
        // The loser is cancelled; a notification it did not take stays pending for the next wait.
        await either.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}

/// <summary>Wakes the worker of <typeparamref name="TPass"/> (see <see cref="SchedulingExtensions.WakeOnCommit{TPass}"/>).</summary>
public sealed class PassSignal<TPass> : WakeUpSignal where TPass : IScheduledPass;
