using Defis.LocalServers;

namespace Defis.Benchmarking;

/// <summary>
/// A durable PostgreSQL (fsync on, as in production), a RabbitMQ and a Redis, started for the run in a temporary
/// folder the way tests/Defis.Testing does, and stopped at the end, also when the start fails.
/// </summary>
public sealed class BenchmarkServers(string folder, LocalPostgres postgres, LocalRabbitMq rabbitMq, LocalRedis redis) : IAsyncDisposable
{
    private const int BrokerAttempts = 3;

    public LocalPostgres Postgres => postgres;

    public string AmqpUri => rabbitMq.ConnectionString;

    public string Redis => redis.ConnectionString;

    public string Database(string name) => $"{postgres.ConnectionString};Database={name}";

    /// <param name="benchmark">Names the temporary folder, so that a run left behind says whose it was.</param>
    public static async Task<BenchmarkServers> StartAsync(string benchmark)
    {
        var folder = Directory.CreateTempSubdirectory($"defis-{benchmark}-bench-").FullName;
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        var postgres = new LocalPostgres(Path.Combine(folder, "postgres"), FreePort.Next(), durable: true);
        var redis = new LocalRedis(Path.Combine(folder, "redis"), FreePort.Next(), durable: false);
        try
        {
            var rabbitMq = StartBrokerAsync(folder);
            await Task.WhenAll(postgres.StartAsync(), redis.StartAsync(), rabbitMq);
            return new BenchmarkServers(folder, postgres, await rabbitMq, redis);
        }
        catch
        {
            await Task.WhenAll(postgres.StopAsync(), redis.StopAsync());
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>On a loaded machine the broker may miss its start timeout, or lose one of its five ports to another process: new ports, again.</summary>
    private static async Task<LocalRabbitMq> StartBrokerAsync(string folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            var broker = new LocalRabbitMq(Path.Combine(folder, $"rabbitmq-{attempt}"), FreePort.Next(), FreePort.Next());
            try
            {
                await broker.StartAsync();
                return broker;
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException)
            {
                await broker.StopAsync();
                if (attempt == BrokerAttempts)
                {
                    throw;
                }
                Console.WriteLine($"RabbitMQ attempt {attempt} failed ({e.Message}); again on new ports.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(rabbitMq.StopAsync(), postgres.StopAsync(), redis.StopAsync());
        Directory.Delete(folder, recursive: true);
    }
}
