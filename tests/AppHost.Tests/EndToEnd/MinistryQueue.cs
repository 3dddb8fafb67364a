using System.Text.Json;
using RabbitMQ.Client;

namespace Defis.AppHost.Tests.EndToEnd;

/// <summary>
/// A ministry's own durable queue bound to Funding's fanout exchange, exactly as docs/contracts/funding-events.md tells
/// partners to do it (decision 0012), with plain RabbitMQ.Client on the AppHost's broker. Deleted when disposed.
/// </summary>
public sealed class MinistryQueue : IAsyncDisposable
{
    public const string Exchange = "defis.funding.events";

    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;
    private readonly List<FundingMessage> _received = [];

    private MinistryQueue(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    /// <summary>One funding event as received: its type (first of messageType) and its "message" member.</summary>
    public sealed record FundingMessage(string Type, JsonElement Message)
    {
        public override string ToString() => $"{Type} {Message}";
    }

    /// <param name="broker">The broker's AMQP URL from the AppHost's state (the local broker's default guest account).</param>
    public static async Task<MinistryQueue> BindAsync(Uri broker, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new UriBuilder(broker) { UserName = "guest", Password = "guest" }.Uri };
        var connection = await factory.CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var queue = $"ministere-e2e-{Guid.NewGuid():N}-financement";
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true, autoDelete: false, arguments: null, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: null, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(queue, Exchange, routingKey: "", arguments: null, cancellationToken: cancellationToken);
        return new MinistryQueue(connection, channel, queue);
    }

    /// <summary>Every message received so far, after taking what waits in the queue.</summary>
    public async Task<IReadOnlyList<FundingMessage>> ReceivedAsync(CancellationToken cancellationToken)
    {
        while (await _channel.BasicGetAsync(_queue, autoAck: true, cancellationToken) is { } delivery)
        {
            using var envelope = JsonDocument.Parse(delivery.Body);
            var type = envelope.RootElement.GetProperty("messageType")[0].GetString()!;
            _received.Add(new FundingMessage(type[(type.LastIndexOf(':') + 1)..], envelope.RootElement.GetProperty("message").Clone()));
        }
        return _received;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.QueueDeleteAsync(_queue, ifUnused: false, ifEmpty: false);
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
