using Microsoft.Data.Sqlite;

namespace Defis.Dashboard.Telemetry;

/// <summary>Prepared inserts reused for every row of one write transaction.</summary>
internal sealed class TelemetryInserts(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    private readonly Lazy<SqliteCommand> _span = new(() => Prepare(connection, transaction, """
        INSERT INTO spans(trace_id, span_id, parent_span_id, service, scope, name, kind, start_ns, end_ns, status, status_message, attributes, events)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
        """, 13));

    private readonly Lazy<SqliteCommand> _log = new(() => Prepare(connection, transaction, """
        INSERT INTO logs(time_ns, service, scope, severity, severity_text, body, attributes, trace_id, span_id)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9);
        INSERT INTO logs_text(rowid, body, attributes) VALUES (last_insert_rowid(), $6, $7);
        """, 9));

    private readonly Lazy<SqliteCommand> _point = new(() => Prepare(connection, transaction, """
        INSERT INTO points(service, scope, name, unit, description, kind, time_ns, value, count, attributes)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        """, 10));

    public void Add(TelemetryBatch batch)
    {
        foreach (var s in batch.Spans)
        {
            Execute(_span.Value, s.TraceId, s.SpanId, s.ParentSpanId, s.Service, s.Scope, s.Name, s.Kind, s.StartNs, s.EndNs, s.Status, s.StatusMessage, s.Attributes, s.Events);
        }
        foreach (var l in batch.Logs)
        {
            Execute(_log.Value, l.TimeNs, l.Service, l.Scope, l.Severity, l.SeverityText, l.Body, l.Attributes, l.TraceId, l.SpanId);
        }
        foreach (var p in batch.Points)
        {
            Execute(_point.Value, p.Service, p.Scope, p.Name, p.Unit, p.Description, p.Kind, p.TimeNs, double.IsFinite(p.Value) ? p.Value : 0, p.Count, p.Attributes);
        }
    }

    public void Dispose()
    {
        foreach (var command in new[] { _span, _log, _point }.Where(c => c.IsValueCreated))
        {
            command.Value.Dispose();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter($"${i}", null));
        }
        return command;
    }

    private static void Execute(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        command.ExecuteNonQuery();
    }
}
