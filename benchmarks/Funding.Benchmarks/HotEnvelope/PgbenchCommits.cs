using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Defis.Funding.Benchmarks.HotEnvelope;

/// <summary>
/// The baseline: pgbench on the same server running the bare transaction a commitment needs on one hot
/// envelope — lock the envelope row FOR UPDATE, add the amount if it fits, insert the commitment — with as
/// many clients as there are officers. No ORM, no RPC, no domain, no events: the most this server can do.
/// </summary>
public static partial class PgbenchCommits
{
    private const string Binary = "/usr/lib/postgresql/15/bin/pgbench";

    private const string Schema = """
        DROP TABLE IF EXISTS bench_commitments, bench_envelopes;
        CREATE TABLE bench_envelopes (programme_id int PRIMARY KEY, total bigint NOT NULL, committed bigint NOT NULL,
            CHECK (committed >= 0 AND committed <= total));
        CREATE TABLE bench_commitments (id bigserial PRIMARY KEY, programme_id int NOT NULL, amount bigint NOT NULL, committed_at timestamptz NOT NULL);
        INSERT INTO bench_envelopes VALUES (1, 9000000000000000, 0);
        """;

    private const string Transaction = """
        BEGIN;
        SELECT total, committed FROM bench_envelopes WHERE programme_id = 1 FOR UPDATE;
        UPDATE bench_envelopes SET committed = committed + 2500000 WHERE programme_id = 1 AND committed + 2500000 <= total;
        INSERT INTO bench_commitments (programme_id, amount, committed_at) VALUES (1, 2500000, now());
        END;
        """;

    public static async Task<(double Tps, bool WithinEnvelope)> RunAsync(BenchServers servers, int clients, TimeSpan duration)
    {
        await using (var admin = new NpgsqlConnection(servers.Database("postgres")))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand("DROP DATABASE IF EXISTS pgbench", admin).ExecuteNonQueryAsync();
            await new NpgsqlCommand("CREATE DATABASE pgbench", admin).ExecuteNonQueryAsync();
        }
        await using var source = NpgsqlDataSource.Create(servers.Database("pgbench"));
        await source.CreateCommand(Schema).ExecuteNonQueryAsync();
        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script, Transaction);
        try
        {
            var output = await PgbenchAsync(servers, "-n", "-M", "prepared", "-f", script, "-c", Text(clients), "-j", "2",
                "-T", Text((int)duration.TotalSeconds), "pgbench");
            var match = Tps().Match(output);
            var tps = match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
                : throw new InvalidOperationException($"pgbench printed no tps:\n{output}");
            var check = await source.CreateCommand(
                "SELECT e.committed <= e.total AND e.committed = (SELECT coalesce(sum(amount), 0) FROM bench_commitments) FROM bench_envelopes e").ExecuteScalarAsync();
            return (tps, check is true);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> PgbenchAsync(BenchServers servers, params string[] arguments)
    {
        var start = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-h", "127.0.0.1", "-p", Text(servers.Postgres.Port), "-U", "postgres" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["PGPASSWORD"] = servers.Postgres.Password;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await stdout : throw new InvalidOperationException($"pgbench failed: {await stderr}");
    }

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex Tps();
}
