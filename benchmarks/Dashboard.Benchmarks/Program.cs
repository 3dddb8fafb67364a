using Defis.Benchmarks.Dashboard;
using Defis.Dashboard;
using Defis.Dashboard.Resources;
using Defis.Dashboard.Telemetry;
using Defis.LocalServers;
using Microsoft.Data.Sqlite;
using OpenTelemetry.Exporter;

// Usage: dotnet benchmarks/Dashboard.Benchmarks/bin/Release/net10.0/Dashboard.Benchmarks.dll [spans per phase] [rounds] [senders]
var spans = args.Length > 0 ? long.Parse(args[0]) : 200_000;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
var senders = args.Length > 2 ? int.Parse(args[2]) : 4;
var folder = Path.Combine(Path.GetTempPath(), $"defis-dashboard-bench-{Guid.NewGuid():N}");
Directory.CreateDirectory(folder);

var batch = SampleSpans.Build();
await using var noOp = await NoOpReceiver.StartAsync();
// The dashboard as the AppHost runs it: default queue, retention limits and request size.
await using var dashboard = await DashboardServer.StartAsync(
    new DashboardOptions { TelemetryFolder = folder, DashboardPort = FreePort.Next(), OtlpGrpcPort = FreePort.Next(), OtlpHttpPort = FreePort.Next(), Unsecured = true },
    new NoResources(), new ConsoleLogBuffer(10, TimeProvider.System), TimeProvider.System, CancellationToken.None);
var connectionString = new SqliteConnectionStringBuilder { DataSource = TelemetryStore.FileIn(folder) }.ToString();
var queries = new TelemetryQueries(connectionString);

Console.WriteLine($"{spans:N0} spans per phase ({SampleSpans.BatchSize} per export request), {senders} exporters at once, {rounds} rounds, " +
    $"{Environment.ProcessorCount} cores; receiver, store and exporters in this one process");
Console.WriteLine("round | protocol | no-op receiver spans/s | dashboard acknowledged spans/s | dashboard stored spans/s | stored / no-op | failed exports | peak RSS MB");
var ratios = new Dictionary<OtlpExportProtocol, List<double>> { [OtlpExportProtocol.Grpc] = [], [OtlpExportProtocol.HttpProtobuf] = [] };
var storeOnly = new List<double>();
for (var round = 1; round <= rounds; round++)
{
    foreach (var protocol in new[] { OtlpExportProtocol.Grpc, OtlpExportProtocol.HttpProtobuf })
    {
        var baseline = await ExporterLoad.RunAsync(protocol == OtlpExportProtocol.Grpc ? noOp.GrpcUrl : noOp.HttpUrl, protocol, spans, senders, batch);
        var (measured, stored, peak) = await DashboardPhaseAsync(protocol);
        ratios[protocol].Add(stored / baseline.SpansPerSecond);
        Console.WriteLine($"{round,5} | {Name(protocol),8} | {baseline.SpansPerSecond,22:N0} | {measured.SpansPerSecond,30:N0} | {stored,24:N0} | " +
            $"{stored / baseline.SpansPerSecond,14:0.00} | {baseline.FailedExports + measured.FailedExports,14} | {peak / 1048576.0,11:N0}");
    }
    storeOnly.Add(StoreOnly.SpansPerSecond(NoOpReceiver.Sample!, spans, folder));
    Console.WriteLine($"{round,5} | store-only inserts (no receiver): {storeOnly[^1]:N0} spans/s");
}

var stats = queries.Stats();
Console.WriteLine($"median stored / no-op: gRPC {Median(ratios[OtlpExportProtocol.Grpc]):0.00}, HTTP {Median(ratios[OtlpExportProtocol.HttpProtobuf]):0.00}; " +
    $"store-only median {Median(storeOnly):N0} spans/s");
Console.WriteLine($"store after the run: {stats.Spans:N0} spans kept (limit {RetentionLimits.Default.MaxSpans:N0}), {stats.DroppedSpans:N0} dropped as oldest, " +
    $"{stats.RejectedRequests:N0} requests refused; telemetry.db {new FileInfo(TelemetryStore.FileIn(folder)).Length / 1048576.0:N0} MB; " +
    $"process peak RSS (VmHWM) {MemorySampler.Read("VmHWM") / 1048576.0:N0} MB");
SqliteConnection.ClearAllPools();
Directory.Delete(folder, recursive: true);
return;

// Acknowledged: the exporters' own rate. Stored: from the first export until every acknowledged span is in
// SQLite (or counted as dropped by retention), which is what the receiver sustains.
async Task<(ExporterLoad.Outcome Measured, double Stored, long PeakRss)> DashboardPhaseAsync(OtlpExportProtocol protocol)
{
    var before = SpansEverStored();
    await using var memory = new MemorySampler();
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var measured = await ExporterLoad.RunAsync(protocol == OtlpExportProtocol.Grpc ? dashboard.OtlpGrpcUrl : dashboard.OtlpHttpUrl, protocol, spans, senders, batch);
    while (SpansEverStored() - before < measured.SpansAcknowledged)
    {
        await Task.Delay(20);
    }
    clock.Stop();
    return (measured, measured.SpansAcknowledged / clock.Elapsed.TotalSeconds, memory.PeakBytes);
}

// Row ids grow with arrival and retention deletes the lowest: the highest id counts every span ever stored,
// read from the index in microseconds where COUNT(*) would compete with the writer.
long SpansEverStored()
{
    using var connection = new SqliteConnection(connectionString);
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "SELECT COALESCE(MAX(id), 0) FROM spans";
    return (long)command.ExecuteScalar()!;
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static string Name(OtlpExportProtocol protocol) => protocol == OtlpExportProtocol.Grpc ? "gRPC" : "HTTP";
