using Microsoft.Data.Sqlite;

namespace Defis.Dashboard.Telemetry;

/// <summary>
/// The write side of the telemetry file: batched inserts in one transaction, then retention. Used by the
/// single writer only (a SQLite connection is not thread-safe); readers open their own connections.
/// </summary>
public sealed class TelemetryStore : IDisposable
{
    public const string DroppedSpans = "dropped_spans";
    public const string DroppedLogs = "dropped_logs";
    public const string DroppedPoints = "dropped_points";
    public const string RejectedRequests = "rejected_requests";

    private readonly SqliteConnection _connection;
    private readonly RetentionLimits _limits;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, long> _rows = [];

    public TelemetryStore(string file, RetentionLimits limits, TimeProvider time)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString();
        _limits = limits;
        _time = time;
        _connection = new SqliteConnection(ConnectionString);
        _connection.Open();
        TelemetrySchema.Apply(_connection);
        foreach (var table in new[] { "spans", "logs", "points" })
        {
            _rows[table] = TelemetrySchema.Scalar(_connection, $"SELECT COUNT(*) FROM {table}");
        }
    }

    public string ConnectionString { get; }

    public static string FileIn(string folder) => Path.Combine(folder, "telemetry.db");

    /// <summary>Writes the batches and applies the row limits, all in one transaction.</summary>
    public void Write(IReadOnlyCollection<TelemetryBatch> batches, long rejectedRequests = 0)
    {
        using var transaction = _connection.BeginTransaction();
        using var inserts = new TelemetryInserts(_connection, transaction);
        foreach (var batch in batches)
        {
            inserts.Add(batch);
        }
        _rows["spans"] += batches.Sum(b => b.Spans.Count);
        _rows["logs"] += batches.Sum(b => b.Logs.Count);
        _rows["points"] += batches.Sum(b => b.Points.Count);
        AddToCounter(RejectedRequests, rejectedRequests, transaction);
        TrimToLimit("spans", _limits.MaxSpans, DroppedSpans, transaction);
        TrimToLimit("logs", _limits.MaxLogs, DroppedLogs, transaction);
        TrimToLimit("points", _limits.MaxPoints, DroppedPoints, transaction);
        transaction.Commit();
    }

    /// <summary>Drops what is older than the maximum age (by the telemetry's own time).</summary>
    public void TrimByAge()
    {
        var cutoff = (_time.GetUtcNow() - _limits.MaxAge).ToUnixTimeMilliseconds() * 1_000_000;
        using var transaction = _connection.BeginTransaction();
        TrimOlder("spans", "start_ns", cutoff, DroppedSpans, transaction);
        Run("DELETE FROM logs_text WHERE rowid IN (SELECT id FROM logs WHERE time_ns < $cutoff)", transaction, ("$cutoff", cutoff));
        TrimOlder("logs", "time_ns", cutoff, DroppedLogs, transaction);
        TrimOlder("points", "time_ns", cutoff, DroppedPoints, transaction);
        transaction.Commit();
    }

    public long Rows(string table) => _rows[table];

    public void Dispose() => _connection.Dispose();

    private void TrimToLimit(string table, int max, string counter, SqliteTransaction transaction)
    {
        var excess = RetentionLimits.Excess(_rows[table], max);
        if (excess == 0)
        {
            return;
        }
        using var find = Command($"SELECT id FROM {table} ORDER BY id LIMIT 1 OFFSET $skip", transaction, ("$skip", excess - 1));
        if (find.ExecuteScalar() is not long lastDropped)
        {
            return;
        }
        if (table == "logs")
        {
            Run("DELETE FROM logs_text WHERE rowid <= $id", transaction, ("$id", lastDropped));
        }
        var dropped = Run($"DELETE FROM {table} WHERE id <= $id", transaction, ("$id", lastDropped));
        _rows[table] -= dropped;
        AddToCounter(counter, dropped, transaction);
    }

    private void TrimOlder(string table, string timeColumn, long cutoff, string counter, SqliteTransaction transaction)
    {
        var dropped = Run($"DELETE FROM {table} WHERE {timeColumn} < $cutoff", transaction, ("$cutoff", cutoff));
        _rows[table] -= dropped;
        AddToCounter(counter, dropped, transaction);
    }

    private void AddToCounter(string name, long amount, SqliteTransaction transaction)
    {
        if (amount > 0)
        {
            Run("INSERT INTO counters(name, value) VALUES ($name, $amount) ON CONFLICT(name) DO UPDATE SET value = value + $amount",
                transaction, ("$name", name), ("$amount", amount));
        }
    }

    private int Run(string sql, SqliteTransaction transaction, params (string Name, object Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        return command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction transaction, params (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return command;
    }
}
