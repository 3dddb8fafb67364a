using MassTransit;

namespace Defis.Testing;

/// <summary>Counts deliveries a host's bus has finished consuming (duplicates included), so a test knows when the broker is done.</summary>
public sealed class ConsumeCounter : IConsumeObserver
{
    private int _consumed;

    public int Consumed => Volatile.Read(ref _consumed);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        Interlocked.Increment(ref _consumed);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
