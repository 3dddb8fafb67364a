using Defis.Benchmarks.Outbox;

// Usage: dotnet run -c Release --project benchmarks/Outbox.Benchmarks -- [messages per round] [rounds]
var messages = args.Length > 0 ? int.Parse(args[0]) : 5_000;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
// The baseline gets as many publishes in flight as the relay has rows in a batch.
var inFlight = new Defis.ServiceInfrastructure.Messaging.OutboxOptions().BatchSize;

await using var servers = await BenchmarkServers.StartAsync();
Console.WriteLine($"{messages} messages per round, {rounds} rounds, {inFlight} in flight, broker and database on this machine");
Console.WriteLine("round | raw RabbitMQ.Client msg/s | MassTransit bus msg/s | outbox relay msg/s | ratio");
var ratios = new List<double>();
// Round 0 warms all three up (the JIT's tiers reach steady state, as in a relay that has run for hours) and is not counted.
for (var round = 0; round <= rounds; round++)
{
    var raw = await RawPublisher.MessagesPerSecondAsync(servers.AmqpUri, messages, inFlight);
    var bus = await BusPublisher.MessagesPerSecondAsync(servers, messages, inFlight);
    var relay = await RelayRun.MessagesPerSecondAsync(servers, messages);
    if (round > 0)
    {
        ratios.Add(relay / raw);
    }
    Console.WriteLine($"{(round == 0 ? "warm-up" : round.ToString()),5} | {raw,25:N0} | {bus,21:N0} | {relay,18:N0} | {relay / raw:0.00}");
}
Console.WriteLine($"median ratio: {ratios.Order().ElementAt(ratios.Count / 2):0.00} (target ≥ 0.5)");
