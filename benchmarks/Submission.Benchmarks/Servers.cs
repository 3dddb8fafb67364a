using Defis.LocalServers;

namespace Defis.Benchmarks.Submission;

/// <summary>A durable PostgreSQL (fsync on, as in production), a RabbitMQ and a Redis, started for the run.</summary>
public sealed class Servers(string folder, LocalPostgres postgres, LocalRabbitMq rabbitMq, LocalRedis redis) : IAsyncDisposable
{
    public LocalPostgres Postgres => postgres;

    public string AmqpUri => rabbitMq.ConnectionString;

    public string Redis => redis.ConnectionString;

    public string Database(string name) => $"{postgres.ConnectionString};Database={name}";

    public static async Task<Servers> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("defis-submission-bench-").FullName;
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        var postgres = new LocalPostgres(Path.Combine(folder, "postgres"), FreePort.Next(), durable: true);
        var rabbitMq = new LocalRabbitMq(Path.Combine(folder, "rabbitmq"), FreePort.Next(), FreePort.Next());
        var redis = new LocalRedis(Path.Combine(folder, "redis"), FreePort.Next(), durable: false);
        await Task.WhenAll(postgres.StartAsync(), rabbitMq.StartAsync(), redis.StartAsync());
        return new Servers(folder, postgres, rabbitMq, redis);
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(rabbitMq.StopAsync(), postgres.StopAsync(), redis.StopAsync());
        Directory.Delete(folder, recursive: true);
    }
}
