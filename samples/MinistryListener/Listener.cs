using System.Text.Json;
using Defis.Client;
using Defis.Client.Api;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Refit;

namespace Defis.Samples.MinistryListener;

/// <summary>
/// The order docs/contracts/funding-events.md asks for: bind the queue first (nothing published from then on
/// is lost), catch up through the replay from the last applied sequence, then consume the queue, skipping
/// what was already applied and replaying whatever a gap in the sequence says was missed.
/// </summary>
public sealed class Listener(ListenerOptions options, DefisClient platform, SequenceState state, TextWriter output)
{
    public const string Exchange = "defis.funding.events";

    public async Task RunAsync(CancellationToken stopping)
    {
        await using var connection = await new ConnectionFactory { Uri = options.Broker, ClientProvidedName = "ministry-listener" }.CreateConnectionAsync(stopping);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: stopping);
        await BindAsync(channel, stopping);
        foreach (var programmeId in await ProgrammesToCatchUpAsync(stopping))
        {
            await CatchUpAsync(programmeId, stopping);
        }
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            // Acknowledged once applied: a message lost before that comes back, and is then skipped as a duplicate.
            try
            {
                await ApplyAsync(FundingEventSeen.FromQueue(delivery.Body), stopping);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                // Not a funding event as the contract describes it: dropped, or it would come back forever.
                output.WriteLine($"[queue ] unreadable message {delivery.BasicProperties.MessageId} dropped: {e.Message}");
            }
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, stopping);
        };
        await channel.BasicConsumeAsync(options.Queue, autoAck: false, consumer, stopping);
        output.WriteLine($"Listening on queue {options.Queue} (Ctrl+C to stop).");
        await Task.Delay(Timeout.Infinite, stopping).ContinueWith(_ => { }, TaskScheduler.Default);
        output.WriteLine($"Stopped; last sequences applied: {string.Join(", ", state.Programmes.Select(p => $"{p.Key} #{p.Value}"))}");
    }

    private async Task BindAsync(IChannel channel, CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(options.Queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(options.Queue, Exchange, routingKey: "", cancellationToken: cancellationToken);
        output.WriteLine($"Queue {options.Queue} bound to {Exchange} on {options.Broker.Host}:{options.Broker.Port}.");
    }

    /// <summary>Those named on the command line and those seen before; with neither, every published call (only partnered ones answer).</summary>
    private async Task<IReadOnlyList<string>> ProgrammesToCatchUpAsync(CancellationToken cancellationToken)
    {
        var known = options.Programmes.Concat(state.Programmes.Keys).Distinct().ToList();
        if (known.Count > 0)
        {
            return known;
        }
        var published = await platform.Programmes.ListPublishedAsync(cancellationToken);
        return published.Programmes.Select(p => p.Id).ToList();
    }

    private async Task CatchUpAsync(string programmeId, CancellationToken cancellationToken)
    {
        var from = state.LastApplied(programmeId);
        try
        {
            var replayed = 0;
            await foreach (var record in platform.Funding.ReplayAsync(programmeId, from, cancellationToken: cancellationToken))
            {
                await ApplyAsync(FundingEventSeen.FromReplay(record), cancellationToken, replaying: true);
                replayed++;
            }
            output.WriteLine($"Caught up programme {programmeId} after #{from}: {replayed} replayed, last applied #{state.LastApplied(programmeId)}.");
        }
        catch (ApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            output.WriteLine($"Programme {programmeId}: not followed by {options.ClientId} (programme staff add partners), skipped.");
        }
        catch (ApiException e)
        {
            // The queue still brings what comes next; the next gap it shows triggers another catch-up.
            output.WriteLine($"Programme {programmeId}: replay refused ({(int)e.StatusCode}) {e.Content}; will retry on the next gap.");
        }
    }

    private async Task ApplyAsync(FundingEventSeen seen, CancellationToken cancellationToken, bool replaying = false)
    {
        var last = state.LastApplied(seen.ProgrammeId);
        if (seen.Sequence <= last)
        {
            output.WriteLine($"[{seen.Source,-6}] programme {seen.ProgrammeId} #{seen.Sequence} {seen.Type}: already applied (last #{last}), skipped.");
            return;
        }
        if (seen.Sequence > last + 1 && !replaying)
        {
            output.WriteLine($"[{seen.Source,-6}] programme {seen.ProgrammeId} #{seen.Sequence} arrived after #{last}: replaying what was missed.");
            await CatchUpAsync(seen.ProgrammeId, cancellationToken);
            if (seen.Sequence <= state.LastApplied(seen.ProgrammeId))
            {
                return;
            }
        }
        // This is where a ministry would record the event in its own systems; the sample prints it.
        output.WriteLine(seen);
        state.Applied(seen.ProgrammeId, seen.Sequence);
    }
}
