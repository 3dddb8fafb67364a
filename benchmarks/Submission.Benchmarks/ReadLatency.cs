using System.Diagnostics;
using Defis.Benchmarking;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Npgsql;

namespace Defis.Benchmarks.Submission;

/// <summary>
/// Latency at a fixed arrival rate (open loop: each request is timed from when it was due, so a slow server
/// cannot hide its queue), for GetDossier and for the raw SELECT of the same rows as the baseline.
/// </summary>
public static class ReadLatency
{
    public static async Task<(double P50, double P99)> GetDossierAsync(BenchmarkHost host, IReadOnlyList<string> ids, int rate, TimeSpan duration)
    {
        var client = new Dossiers.DossiersClient(host.Channel("staff", Roles.ProgrammeStaff));
        return await OpenLoopAsync(rate, duration, i => client.GetDossierAsync(new GetDossierRequest { DossierId = ids[i % ids.Count] }).ResponseAsync);
    }

    public static async Task<(double P50, double P99)> RawSelectAsync(BenchmarkServers servers, IReadOnlyList<string> ids, int rate, TimeSpan duration)
    {
        await using var source = NpgsqlDataSource.Create(servers.Database("submission"));
        return await OpenLoopAsync(rate, duration, async i =>
        {
            await using var command = source.CreateCommand("SELECT * FROM dossiers WHERE id = $1");
            command.Parameters.Add(new NpgsqlParameter { Value = Guid.Parse(ids[i % ids.Count]) });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        });
    }

    private static async Task<(double P50, double P99)> OpenLoopAsync(int rate, TimeSpan duration, Func<int, Task> request)
    {
        var count = (int)(rate * duration.TotalSeconds);
        var latencies = new double[count];
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            var index = i;
            inFlight.Add(Task.Run(async () =>
            {
                await request(index);
                latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
            }));
        }
        await Task.WhenAll(inFlight);
        Array.Sort(latencies);
        return (latencies[count / 2], latencies[(int)(count * 0.99)]);
    }
}
