using System.Diagnostics;
using Defis.Benchmarking;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Benchmarks.Outbox;

/// <summary>
/// The relay's transport alone: the services' MassTransit bus publishing the same events with confirms, as many in
/// flight as the relay has rows in a batch, no database. It separates the transport's share of the gap from ours.
/// </summary>
public static class BusPublisher
{
    public static async Task<double> MessagesPerSecondAsync(BenchmarkServers servers, int messages, int inFlight)
    {
        using var host = await RelayRun.StartRelayHostAsync(servers);
        var bus = host.Services.GetRequiredService<IBus>();
        using var slots = new SemaphoreSlim(inFlight);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, messages).Select(async i =>
        {
            await slots.WaitAsync();
            try
            {
                await bus.Publish(RelayRun.SampleEvent(i));
            }
            finally
            {
                slots.Release();
            }
        }));
        var rate = messages / clock.Elapsed.TotalSeconds;
        await host.StopAsync();
        return rate;
    }
}
