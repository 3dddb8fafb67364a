using Defis.Benchmarking;
using Defis.Benchmarks.Outbox;

// Usage: dotnet run -c Release --project benchmarks/Outbox.Benchmarks -- [messages per round] [rounds]
var messages = args.Length > 0 ? int.Parse(args[0]) : 5_000;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
// The baseline gets as many publishes in flight as the relay has rows in a batch.
var inFlight = new Defis.ServiceInfrastructure.Messaging.OutboxOptions().BatchSize;

await using var servers = await BenchmarkServers.StartAsync("outbox");
Machine.Print();
Console.WriteLine($"{messages} messages per round, {rounds} rounds, {inFlight} in flight, broker and database on this machine");
Console.WriteLine("round | raw RabbitMQ.Client msg/s | MassTransit bus msg/s | outbox relay msg/s | ratio");
var (raws, relays, ratios) = (new List<double>(), new List<double>(), new List<double>());
// Round 0 warms all three up (the JIT's tiers reach steady state, as in a relay that has run for hours) and is not counted.
for (var round = 0; round <= rounds; round++)
{
    var raw = await RawPublisher.MessagesPerSecondAsync(servers.AmqpUri, messages, inFlight);
    var bus = await BusPublisher.MessagesPerSecondAsync(servers, messages, inFlight);
    var relay = await RelayRun.MessagesPerSecondAsync(servers, messages);
    if (round > 0)
    {
        raws.Add(raw);
        relays.Add(relay);
        ratios.Add(relay / raw);
    }
    Console.WriteLine($"{(round == 0 ? "warm-up" : round.ToString()),5} | {raw,25:N0} | {bus,21:N0} | {relay,18:N0} | {relay / raw:0.00}");
}
var ratio = Median(ratios);
Console.WriteLine($"median ratio: {ratio:0.00} (target ≥ 0.5)");
// Publishing stops only once every row is marked published: a lost row would hang the run, not pass it.
new BenchmarkResult("outbox relay publish", $"{Median(relays):N0} msg/s", $"raw RabbitMQ.Client {Median(raws):N0} msg/s", ratio, "≥ 0.5×", ratio >= 0.5, []).Report();

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
