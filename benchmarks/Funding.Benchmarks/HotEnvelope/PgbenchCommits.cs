using Defis.Benchmarking;
using Npgsql;

namespace Defis.Funding.Benchmarks.HotEnvelope;

/// <summary>
/// The baseline: pgbench on the same server running the bare transaction a commitment needs on one hot
/// envelope — lock the envelope row FOR UPDATE, add the amount if it fits, insert the commitment — with as
/// many clients as there are officers. No ORM, no RPC, no domain, no events: the most this server can do.
/// </summary>
public static class PgbenchCommits
{
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

    public static async Task<(double Tps, bool WithinEnvelope)> RunAsync(BenchmarkServers servers, int clients, TimeSpan duration)
    {
        await using var source = NpgsqlDataSource.Create(await Pgbench.CreateDatabaseAsync(servers));
        await source.CreateCommand(Schema).ExecuteNonQueryAsync();
        var tps = await Pgbench.ScriptTransactionsPerSecondAsync(servers, Transaction, clients, duration);
        var check = await source.CreateCommand(
            "SELECT e.committed <= e.total AND e.committed = (SELECT coalesce(sum(amount), 0) FROM bench_commitments) FROM bench_envelopes e").ExecuteScalarAsync();
        return (tps, check is true);
    }
}
