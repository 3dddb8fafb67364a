using Defis.Benchmarking;
using Defis.Benchmarks.Gateway;

// Usage: dotnet run -c Release --project benchmarks/Gateway.Benchmarks -- [seconds per run = 15] [connections = 32] [rounds = 3]
var seconds = args.Length > 0 ? int.Parse(args[0]) : 15;
var connections = args.Length > 1 ? int.Parse(args[1]) : 32;
var rounds = args.Length > 2 ? int.Parse(args[2]) : 3;
var duration = TimeSpan.FromSeconds(seconds);

await using var servers = await BenchmarkServers.StartAsync("gateway");
Machine.Print();
var tokens = new BenchTokens();
var (service, grpc) = await BenchHosts.SubmissionAsync(servers, tokens);
await using var _ = service;
await using var gateway = await BenchHosts.GatewayAsync(servers, tokens, service.Address, grpc);
await using var bare = await BenchHosts.BareYarpAsync(tokens, service.Address);

var bearer = tokens.For("bench-porteur", Defis.ServiceDefaults.Security.Roles.Applicant);
var path = await ReadPath.ProgrammeAsync(service.Address, bearer);
var doors = new (string Name, Uri Url)[] { ("service directly", new(service.Address, path)), ("bare YARP", new(bare.Address, path)), ("gateway", new(gateway.Address, path)) };
await ReadPath.CheckDoorsAsync(doors, gateway.Address, path, bearer);
Console.WriteLine($"GET {path} (DB-backed read of a seeded call), wrk 2 threads × {connections} connections, {seconds} s per run, {rounds} rounds;" +
    $" load average {Machine.LoadAverage()}");

foreach (var door in doors)
{
    await Wrk.RunAsync(door.Name, door.Url, bearer, connections, TimeSpan.FromSeconds(5)); // warm-up: JIT, pools
}
var results = new List<IReadOnlyList<WrkResult>>();
for (var round = 0; round < rounds; round++)
{
    // The order turns each round, so a drift of the machine's load does not always hit the same door.
    var runs = new List<WrkResult>();
    foreach (var door in doors.Skip(round % doors.Length).Concat(doors.Take(round % doors.Length)))
    {
        var result = await Wrk.RunAsync(door.Name, door.Url, bearer, connections, duration);
        Console.WriteLine($"round {round + 1}: {result}   (load {Machine.LoadAverage()})");
        runs.Add(result);
    }
    results.Add(runs);
}
Report.Print(results, doors.Select(d => d.Name).ToList());
Console.WriteLine($"Machine: {Machine.Describe()}; load average at the end: {Machine.LoadAverage()}");
var row = Report.Result(results, doors[2].Name, doors[1].Name);
row.Report();
return row.ExitCode;
