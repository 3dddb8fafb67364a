using System.Diagnostics;
using Defis.Benchmarking;
using Defis.Contracts.Events;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using Defis.ServiceInfrastructure.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace Defis.Benchmarks.Outbox;

/// <summary>
/// The measured side: the real relay of ServiceDefaults over a real service's database (Notification's,
/// migrated as at start-up), draining rows committed in one transaction (distinct aggregates), to a
/// durable queue bound to the event's exchange.
/// </summary>
public static class RelayRun
{
    public static async Task<double> MessagesPerSecondAsync(BenchmarkServers servers, int messages)
    {
        using var host = await StartRelayHostAsync(servers);
        var clock = Stopwatch.StartNew();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
            for (var i = 0; i < messages; i++)
            {
                db.AddIntegrationEvent(SampleEvent(i));
            }
            await db.SaveChangesAsync();
        }
        var written = clock.Elapsed;
        // On stderr, so that a profiler can be started on the drain alone (the table stays on stdout).
        Console.Error.WriteLine($"relay drains {messages} rows (pid {Environment.ProcessId})");
        await WaitUntilPublishedAsync(host.Services);
        var relayed = clock.Elapsed - written;
        await host.StopAsync();
        return messages / relayed.TotalSeconds;
    }

    /// <summary>A host with the services' messaging (bus and relay) over a fresh migrated database, its bus healthy.</summary>
    public static async Task<IHost> StartRelayHostAsync(BenchmarkServers servers)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["ConnectionStrings:notification-db"] = servers.Database($"outbox-bench-{Guid.NewGuid():N}");
        builder.Configuration["ConnectionStrings:messaging"] = servers.AmqpUri;
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<NotificationDbContext>("notification-db");
        builder.AddMessaging<NotificationDbContext>("bench");
        var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        await BindQueueAsync(servers.AmqpUri);
        return host;
    }

    public static DossierDraftCreated SampleEvent(int i) =>
        new(Guid.CreateVersion7(), "CB21", $"Défi {i}", "Rectorat", "agent", "equipe@ac-lyon.fr") { OccurredAt = DateTimeOffset.UtcNow };

    private static async Task BindQueueAsync(string amqpUri)
    {
        var factory = new ConnectionFactory { Uri = new Uri(amqpUri) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var exchange = typeof(DossierDraftCreated).FullName!.Replace("Defis.Contracts.Events.", "Defis.Contracts.Events:");
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        await channel.QueueDeclareAsync("bench-relay", durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync("bench-relay", exchange, "");
        await channel.QueuePurgeAsync("bench-relay");
    }

    private static async Task WaitUntilPublishedAsync(IServiceProvider services)
    {
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var pending = await scope.ServiceProvider.GetRequiredService<NotificationDbContext>().OutboxMessages.CountAsync(m => m.PublishedAt == null);
            if (pending == 0)
            {
                return;
            }
            await Task.Delay(20);
        }
    }
}

