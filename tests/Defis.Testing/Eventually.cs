namespace Defis.Testing;

/// <summary>Waits for an asynchronous effect (a consumed event, a restarted server), bounded in time.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        T last;
        while (true)
        {
            last = await probe();
            if (done(last))
            {
                return last;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not reached within {timeout.TotalSeconds:0} s: {what}. Last value: {last}");
            }
            await Task.Delay(100);
        }
    }
}
