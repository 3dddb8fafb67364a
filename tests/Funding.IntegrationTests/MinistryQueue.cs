using System.Text;
using System.Text.Json;
using Defis.Contracts.Events;
using RabbitMQ.Client;

namespace Defis.Funding.IntegrationTests;

/// <summary>A partner ministry's own durable queue, bound to the funding exchange exactly as docs/contracts/funding-events.md says.</summary>
public sealed class MinistryQueue : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;

    private MinistryQueue(IConnection connection, IChannel channel, string queue) => (_connection, _channel, _queue) = (connection, channel, queue);

    public static async Task<MinistryQueue> BindAsync(string virtualHostUri, string queue, CancellationToken cancellationToken)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(virtualHostUri) }.CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.ExchangeDeclareAsync(FundingEvent.ExchangeName, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(queue, FundingEvent.ExchangeName, routingKey: "", cancellationToken: cancellationToken);
        return new MinistryQueue(connection, channel, queue);
    }

    /// <summary>Every message received so far, in queue order.</summary>
    public List<ReceivedEvent> Received { get; } = [];

    /// <summary>Takes what waits in the queue: the event's type (first of MassTransit's messageType) and its "message" member.</summary>
    public async Task<List<ReceivedEvent>> DrainAsync(CancellationToken cancellationToken)
    {
        while (await _channel.BasicGetAsync(_queue, autoAck: true, cancellationToken) is { } delivery)
        {
            using var envelope = JsonDocument.Parse(Encoding.UTF8.GetString(delivery.Body.Span));
            var type = envelope.RootElement.GetProperty("messageType")[0].GetString()!;
            Received.Add(new(type[(type.LastIndexOf(':') + 1)..], envelope.RootElement.GetProperty("message").Clone()));
        }
        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}

/// <summary>A funding event as a ministry reads it off its queue.</summary>
public sealed record ReceivedEvent(string Type, JsonElement Message);
