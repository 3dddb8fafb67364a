using System.Diagnostics;
using Defis.Benchmarking;
using Defis.Contracts.Events;
using Defis.Contracts.Submission.V1;
using Defis.LocalServers;
using Defis.ServiceDefaults.Security;
using Npgsql;

namespace Defis.Benchmarks.Submission;

/// <summary>
/// From a filing to its notice in the team's inbox: dossiers filed into a call of their own at a fixed rate (open loop),
/// then, per filing, the time from its DossierSubmitted event (its <c>occurred_at</c> in Submission's outbox) to the
/// inbox notice that very event raised (Notification's <c>created_at</c>, found by the event's id), both stamped by
/// this machine's clock. Between them: the commit, the relay, RabbitMQ, the consumer's inbox, the receipt it renders.
/// </summary>
public static class FilingToNotice
{
    private const string Code = "AVIS";

    /// <summary>
    /// Starts the Notification service (and an SMTP capture server for its mails), warms it up with filings until the
    /// JIT settles, then measures. Returns the latencies in ms (p50, p99, max) and how many filings had no notice within a
    /// minute of the last one seen.
    /// </summary>
    public static async Task<(double P50, double P99, double Max, int Missing)> MeasureAsync(
        BenchmarkServers servers, BenchmarkHost submission, BenchTokens tokens, int rate, TimeSpan duration, TimeSpan warmUpLimit)
    {
        var folder = Directory.CreateTempSubdirectory("defis-notice-bench-smtp-").FullName;
        try
        {
            await using var smtp = new LocalSmtp(folder, FreePort.Next());
            await smtp.StartAsync();
            await using var notification = await NotificationHost.StartAsync(servers, tokens, smtp.ConnectionString);
            await SubmissionLoad.PublishCallAsync(submission, Code);
            // Notification's code is cold while Submission's is warm: filings at the rate until the JIT settles, and
            // their notices drained, so that the measure starts from an empty queue.
            List<Guid> warmUp = [];
            await JitWarmUp.UntilSettledAsync(async round => warmUp.AddRange(await FileAtRateAsync(submission, rate, round)), warmUpLimit);
            await NoticesAsync(servers, [.. (await FilingEventsAsync(servers, warmUp)).Keys]);
            var filings = await FilingEventsAsync(servers, await FileAtRateAsync(submission, rate, duration));
            return Latencies(filings, await NoticesAsync(servers, [.. filings.Keys]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <param name="filings">Each filing's DossierSubmitted event: its id and when it occurred.</param>
    private static (double P50, double P99, double Max, int Missing) Latencies(Dictionary<Guid, DateTimeOffset> filings, Dictionary<Guid, DateTimeOffset> noticedAt)
    {
        var latencies = filings.Keys.Where(noticedAt.ContainsKey).Select(id => (noticedAt[id] - filings[id]).TotalMilliseconds).Order().ToArray();
        return latencies.Length == 0
            ? (double.NaN, double.NaN, double.NaN, filings.Count)
            : (latencies[latencies.Length / 2], latencies[(int)(latencies.Length * 0.99)], latencies[^1], filings.Count - latencies.Length);
    }

    private static async Task<List<Guid>> FileAtRateAsync(BenchmarkHost host, int rate, TimeSpan duration)
    {
        var teams = Enumerable.Range(0, 16).Select(team => new Dossiers.DossiersClient(host.Channel($"avis-{team}", Roles.Applicant))).ToArray();
        var count = (int)(rate * duration.TotalSeconds);
        var clock = Stopwatch.StartNew();
        var filings = new List<Task<string>>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            var team = teams[i % teams.Length];
            filings.Add(Task.Run(() => SubmissionLoad.FileOneAsync(team, Code)));
        }
        return [.. (await Task.WhenAll(filings)).Select(Guid.Parse)];
    }

    /// <summary>The DossierSubmitted event of each filed dossier, by event id, with the time it occurred.</summary>
    private static async Task<Dictionary<Guid, DateTimeOffset>> FilingEventsAsync(BenchmarkServers servers, List<Guid> dossiers)
    {
        await using var source = NpgsqlDataSource.Create(servers.Database("submission"));
        return await ReadTimesAsync(source, $"SELECT id, occurred_at FROM outbox_messages WHERE aggregate_id = ANY($1) AND type = '{IntegrationEventTypes.NameOf(typeof(DossierSubmitted))}'", dossiers);
    }

    /// <summary>The first inbox notice each event raised; polls until every event has one, or a minute without a new one went by.</summary>
    private static async Task<Dictionary<Guid, DateTimeOffset>> NoticesAsync(BenchmarkServers servers, List<Guid> events)
    {
        await using var source = NpgsqlDataSource.Create(servers.Database("notification"));
        var lastProgress = Stopwatch.StartNew();
        var noticed = new Dictionary<Guid, DateTimeOffset>();
        while (noticed.Count < events.Count && lastProgress.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(500);
            var now = await ReadTimesAsync(source, "SELECT source_event_id, min(created_at) FROM inbox_notifications WHERE source_event_id = ANY($1) GROUP BY source_event_id", events);
            if (now.Count > noticed.Count)
            {
                lastProgress.Restart();
            }
            noticed = now;
        }
        return noticed;
    }

    private static async Task<Dictionary<Guid, DateTimeOffset>> ReadTimesAsync(NpgsqlDataSource source, string sql, List<Guid> ids)
    {
        await using var command = source.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        await using var reader = await command.ExecuteReaderAsync();
        var times = new Dictionary<Guid, DateTimeOffset>();
        while (await reader.ReadAsync())
        {
            times[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        }
        return times;
    }
}
