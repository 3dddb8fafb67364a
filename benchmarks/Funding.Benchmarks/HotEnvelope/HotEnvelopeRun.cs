using System.Globalization;
using Defis.Benchmarking;

namespace Defis.Funding.Benchmarks.HotEnvelope;

/// <summary>
/// Commitments per second on one hot envelope through the real Funding service on real PostgreSQL, with
/// zero overspend checked in the database afterwards, beside pgbench doing the same locked transaction
/// on the same server in the same run. Exit code 1 when the envelope was overspent, a sequence is missing
/// or an officer saw anything but success or "no room left".
/// Usage: hot-envelope [officers = 16] [grants = 6000] [room in grants = 5000] [pgbench seconds = 15] [longest warm-up in seconds = 60]
/// </summary>
public static class HotEnvelopeRun
{
    public static async Task<int> RunAsync(string[] options)
    {
        var officers = Option(options, 0, 16);
        var grants = Option(options, 1, 6000);
        var room = Option(options, 2, 5000);
        var pgbenchSeconds = Option(options, 3, 15);
        var warmUpSeconds = Option(options, 4, 60);
        var cancellationToken = CancellationToken.None;

        await using var servers = await BenchmarkServers.StartAsync("funding");
        Machine.Print();
        Console.WriteLine($"{officers} officers; {grants} proposed grants for an envelope with room for {room}; PostgreSQL fsync on");

        var (tps, pgbenchWithin) = await PgbenchCommits.RunAsync(servers, officers, TimeSpan.FromSeconds(pgbenchSeconds));
        Console.WriteLine($"pgbench, SELECT … FOR UPDATE + UPDATE + INSERT on one row, {officers} clients, {pgbenchSeconds} s: {tps:N0} tps (within its envelope: {pgbenchWithin})");

        await using var host = await FundingHost.StartAsync(servers, new BenchTokens());
        // Rounds of commitments on envelopes of their own, until the JIT settles: JIT, connection pools, EF's compiled queries.
        await JitWarmUp.UntilSettledAsync(async _ =>
        {
            var warmUp = await EnvelopeSeed.OpenAsync(host.Services, 300, 400, cancellationToken);
            await OfficerLoad.RunAsync(host, warmUp.Grants, officers);
        }, TimeSpan.FromSeconds(warmUpSeconds));

        var (programmeId, proposed) = await EnvelopeSeed.OpenAsync(host.Services, room, grants, cancellationToken);
        await EnvelopeSeed.UntilOutboxDrainedAsync(host.Services, cancellationToken);
        Console.WriteLine($"{grants} grants proposed and their events published; officers start committing (pid {Environment.ProcessId}, for a trace)");
        var outcome = await OfficerLoad.RunAsync(host, proposed, officers);
        var audit = await EnvelopeAudit.ReadAsync(host.Services, programmeId, cancellationToken);

        Console.WriteLine($"CommitGrant over gRPC: {outcome.Committed} committed in {outcome.LastCommitAt.TotalSeconds:0.0} s → {outcome.CommitsPerSecond:N0} commits/s" +
            $" (target ≥ 500/s); ratio to pgbench {outcome.CommitsPerSecond / tps:0.00}");
        Console.WriteLine($"  then {outcome.EnvelopeRefusals} refused for lack of room (ENVELOPE), {outcome.OtherErrors.Count} other errors; all {grants} answered in {outcome.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"  envelope: total {audit.TotalCents} cents, committed {audit.CommittedCents}, sum of the {audit.CommittedGrants} committed grants {audit.CommittedGrantsCents}");
        Console.WriteLine($"  events: {audit.Events} recorded, last sequence {audit.LastSequence}, {audit.DistinctSequences} distinct in 1…{audit.LastSequence}");
        foreach (var error in outcome.OtherErrors.Distinct().Take(5))
        {
            Console.WriteLine($"  error: {error}");
        }
        var failures = Failures(outcome, audit, room, grants, pgbenchWithin).ToList();
        Console.WriteLine(failures.Count == 0 ? "OVERSPEND: none (sum ≤ envelope, exactly the room committed, sequences gap-free)" : $"FAILED: {string.Join("; ", failures)}");
        Console.WriteLine($"load average at the end: {Machine.LoadAverage()}");
        var ratio = outcome.CommitsPerSecond / tps;
        var result = new BenchmarkResult("commitments on one hot envelope", $"{outcome.CommitsPerSecond:N0} commits/s", $"pgbench {tps:N0} tps",
            ratio, "≥ 0.4× pgbench", ratio >= 0.4, failures);
        result.Report();
        return result.ExitCode;
    }

    private static IEnumerable<string> Failures(OfficerOutcome outcome, EnvelopeAudit audit, int room, int grants, bool pgbenchWithin)
    {
        if (!audit.WithinEnvelope)
        {
            yield return "the envelope was overspent or its count differs from the committed grants";
        }
        if (outcome.Committed != room || audit.CommittedGrants != room)
        {
            yield return $"expected exactly {room} commitments, officers saw {outcome.Committed}, the database holds {audit.CommittedGrants}";
        }
        if (outcome.EnvelopeRefusals != grants - room || outcome.OtherErrors.Count > 0)
        {
            yield return $"expected {grants - room} refusals for lack of room and nothing else";
        }
        if (!audit.GapFree)
        {
            yield return "the programme's event sequence has a gap or a repeat";
        }
        if (!pgbenchWithin)
        {
            yield return "pgbench's own envelope was overspent";
        }
    }

    private static int Option(string[] options, int index, int fallback) =>
        options.Length > index ? int.Parse(options[index], CultureInfo.InvariantCulture) : fallback;
}
