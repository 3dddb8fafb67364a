using System.Diagnostics;
using System.Text;
using RabbitMQ.Client;

namespace Defis.Benchmarks.Outbox;

/// <summary>The baseline: persistent messages to a durable queue, each awaited until the broker confirms it.</summary>
public static class RawPublisher
{
    public static async Task<double> MessagesPerSecondAsync(string amqpUri, int messages, int inFlight)
    {
        var factory = new ConnectionFactory { Uri = new Uri(amqpUri) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await channel.ExchangeDeclareAsync("bench-raw", ExchangeType.Fanout, durable: true);
        await channel.QueueDeclareAsync("bench-raw", durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync("bench-raw", "bench-raw", "");
        await channel.QueuePurgeAsync("bench-raw");
        var body = Encoding.UTF8.GetBytes(SamplePayload.Json);
        using var slots = new SemaphoreSlim(inFlight);
        var clock = Stopwatch.StartNew();
        var publishes = Enumerable.Range(0, messages).Select(async _ =>
        {
            await slots.WaitAsync();
            try
            {
                var properties = new BasicProperties { Persistent = true, MessageId = Guid.CreateVersion7().ToString(), ContentType = "application/json" };
                await channel.BasicPublishAsync("bench-raw", "", mandatory: false, properties, body);
            }
            finally
            {
                slots.Release();
            }
        });
        await Task.WhenAll(publishes);
        return messages / clock.Elapsed.TotalSeconds;
    }
}
