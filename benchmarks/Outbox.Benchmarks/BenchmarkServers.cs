using Defis.LocalServers;

namespace Defis.Benchmarks.Outbox;

/// <summary>A durable PostgreSQL (fsync on, as in production) and a RabbitMQ, started for the run.</summary>
public sealed class BenchmarkServers(string folder, LocalPostgres postgres, LocalRabbitMq rabbitMq) : IAsyncDisposable
{
    public string AmqpUri => rabbitMq.ConnectionString;

    public string Database(string name) => $"{postgres.ConnectionString};Database={name}";

    public static async Task<BenchmarkServers> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("defis-outbox-bench-").FullName;
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        var servers = new BenchmarkServers(folder,
            new LocalPostgres(Path.Combine(folder, "postgres"), FreePort.Next(), durable: true),
            new LocalRabbitMq(Path.Combine(folder, "rabbitmq"), FreePort.Next(), FreePort.Next()));
        await Task.WhenAll(servers.Postgres.StartAsync(), servers.RabbitMq.StartAsync());
        return servers;
    }

    private LocalPostgres Postgres => postgres;

    private LocalRabbitMq RabbitMq => rabbitMq;

    public async ValueTask DisposeAsync()
    {
        await rabbitMq.StopAsync();
        await postgres.StopAsync();
        Directory.Delete(folder, recursive: true);
    }
}
