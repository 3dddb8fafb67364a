using Microsoft.Data.Sqlite;

namespace Defis.Dashboard.Telemetry;

/// <summary>The SQLite file's tables. Row ids grow with arrival, so "oldest" is the lowest id.</summary>
public static class TelemetrySchema
{
    private const string Tables = """
        CREATE TABLE IF NOT EXISTS spans(
            id INTEGER PRIMARY KEY, trace_id TEXT NOT NULL, span_id TEXT NOT NULL, parent_span_id TEXT NOT NULL,
            service TEXT NOT NULL, scope TEXT NOT NULL, name TEXT NOT NULL, kind INTEGER NOT NULL,
            start_ns INTEGER NOT NULL, end_ns INTEGER NOT NULL, status INTEGER NOT NULL, status_message TEXT NOT NULL,
            attributes TEXT NOT NULL, events TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS spans_trace ON spans(trace_id);
        CREATE INDEX IF NOT EXISTS spans_start ON spans(start_ns);
        CREATE TABLE IF NOT EXISTS logs(
            id INTEGER PRIMARY KEY, time_ns INTEGER NOT NULL, service TEXT NOT NULL, scope TEXT NOT NULL,
            severity INTEGER NOT NULL, severity_text TEXT NOT NULL, body TEXT NOT NULL, attributes TEXT NOT NULL,
            trace_id TEXT NOT NULL, span_id TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS logs_time ON logs(time_ns);
        CREATE INDEX IF NOT EXISTS logs_trace ON logs(trace_id);
        CREATE VIRTUAL TABLE IF NOT EXISTS logs_text USING fts5(body, attributes);
        CREATE TABLE IF NOT EXISTS points(
            id INTEGER PRIMARY KEY, service TEXT NOT NULL, scope TEXT NOT NULL, name TEXT NOT NULL, unit TEXT NOT NULL,
            description TEXT NOT NULL, kind TEXT NOT NULL, time_ns INTEGER NOT NULL, value REAL NOT NULL, count INTEGER,
            attributes TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS points_instrument ON points(service, name, time_ns);
        CREATE INDEX IF NOT EXISTS points_time ON points(time_ns);
        CREATE TABLE IF NOT EXISTS counters(name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        """;

    /// <summary>WAL lets the dashboard read while the writer writes; NORMAL sync is enough for telemetry.</summary>
    public static void Apply(SqliteConnection connection)
    {
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute(connection, Tables);
    }

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is long value ? value : 0;
    }
}
