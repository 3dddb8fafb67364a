using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Defis.Dashboard.Telemetry;

/// <summary>The read side of the telemetry file, one pooled connection per query (WAL: never blocks the writer).</summary>
public sealed class TelemetryQueries(string connectionString)
{
    private const string TraceSummaries = """
        SELECT trace_id, MIN(start_ns), MAX(end_ns), COUNT(*), SUM(status = 2), group_concat(DISTINCT service)
        FROM spans
        WHERE ($ids IS NULL OR trace_id IN (SELECT value FROM json_each($ids)))
          -- Ids are lower-case hex: those starting with the prefix sort between it and prefix||'g' (the index serves it).
          AND ($prefix IS NULL OR (trace_id >= $prefix AND trace_id < $prefix || 'g'))
        GROUP BY trace_id
        HAVING ($service IS NULL OR SUM(service = $service) > 0)
           AND ($key IS NULL OR SUM(json_extract(attributes, $path) IS NOT NULL AND ($value IS NULL OR json_extract(attributes, $path) = $value)) > 0)
           AND ($text IS NULL OR SUM(instr(lower(name), lower($text)) > 0) > 0)
           AND MAX(end_ns) - MIN(start_ns) >= $min
        ORDER BY MIN(start_ns) DESC
        LIMIT $limit
        """;

    private const string LogColumns = "id, time_ns, service, scope, severity, body, attributes, trace_id, span_id";

    public TelemetryStats Stats()
    {
        var counters = Query("SELECT name, value FROM counters", r => (r.GetString(0), r.GetInt64(1))).ToDictionary(c => c.Item1, c => c.Item2);
        long Count(string table) => Query($"SELECT COUNT(*) FROM {table}", r => r.GetInt64(0)).Single();
        return new(Count("spans"), Count("logs"), Count("points"),
            counters.GetValueOrDefault(TelemetryStore.DroppedSpans), counters.GetValueOrDefault(TelemetryStore.DroppedLogs),
            counters.GetValueOrDefault(TelemetryStore.DroppedPoints), counters.GetValueOrDefault(TelemetryStore.RejectedRequests));
    }

    public IReadOnlyList<string> Services() => Query(
        "SELECT service FROM spans UNION SELECT service FROM logs UNION SELECT service FROM points ORDER BY 1", r => r.GetString(0));

    public IReadOnlyList<LogView> Logs(LogFilter filter) => Query($"""
        SELECT {LogColumns} FROM logs
        WHERE ($service IS NULL OR service = $service) AND severity >= $severity
          AND ($trace IS NULL OR trace_id = $trace) AND ($before IS NULL OR id < $before)
          AND ($fts IS NULL OR id IN (SELECT rowid FROM logs_text WHERE logs_text MATCH $fts))
        ORDER BY id DESC LIMIT $limit
        """, ReadLog,
        ("$service", filter.Service), ("$severity", filter.MinSeverity), ("$trace", filter.TraceId), ("$before", filter.Before),
        ("$fts", filter.Text is null ? null : TelemetryFilters.FtsQuery(filter.Text)), ("$limit", filter.Limit));

    public IReadOnlyList<TraceSummary> Traces(TraceFilter filter, IReadOnlyCollection<string>? traceIds = null)
    {
        var rows = Query(TraceSummaries, r => (Id: r.GetString(0), Start: r.GetInt64(1), End: r.GetInt64(2), Spans: r.GetInt32(3), Errors: r.GetInt32(4), Services: r.GetString(5)),
            ("$ids", traceIds is null ? null : JsonSerializer.Serialize(traceIds)), ("$service", filter.Service),
            ("$key", filter.AttributeKey), ("$path", filter.AttributeKey is null ? null : TelemetryFilters.JsonPath(filter.AttributeKey)),
            ("$value", filter.AttributeValue), ("$text", filter.Text), ("$min", filter.MinDurationNs), ("$limit", filter.Limit),
            ("$prefix", filter.TraceId));
        return [.. rows.Select(t =>
        {
            var root = Query("SELECT name, service FROM spans WHERE trace_id = $t ORDER BY parent_span_id <> '', start_ns LIMIT 1",
                r => (Name: r.GetString(0), Service: r.GetString(1)), ("$t", t.Id)).FirstOrDefault();
            return new TraceSummary(t.Id, root.Name ?? "", root.Service ?? "", TelemetryNames.Milliseconds(t.Start),
                TelemetryNames.Milliseconds(t.End - t.Start), t.Spans, t.Errors, t.Services.Split(','));
        })];
    }

    /// <summary>Every span of one trace in start order; with a search text, those containing it are marked.</summary>
    public IReadOnlyList<SpanView> Trace(string traceId, string? search) => Query("""
        SELECT trace_id, span_id, parent_span_id, service, scope, name, kind, start_ns, end_ns, status, status_message, attributes, events
        FROM spans WHERE trace_id = $t ORDER BY start_ns, id
        """, r =>
        {
            var attributes = r.GetString(11);
            var events = r.GetString(12);
            var matches = search is { Length: > 0 } s &&
                new[] { r.GetString(5), r.GetString(3), attributes, events }.Any(v => v.Contains(s, StringComparison.OrdinalIgnoreCase));
            return new SpanView(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                TelemetryNames.Kind(r.GetInt32(6)), TelemetryNames.Milliseconds(r.GetInt64(7)), TelemetryNames.Milliseconds(r.GetInt64(8) - r.GetInt64(7)),
                TelemetryNames.Status(r.GetInt32(9)), r.GetString(10), Attributes(attributes),
                JsonSerializer.Deserialize<List<SpanEventView>>(events) ?? [], matches);
        }, ("$t", traceId));

    public IReadOnlyList<InstrumentView> Instruments(string? service) => Query("""
        SELECT service, name, unit, description, kind, COUNT(*), MAX(time_ns) FROM points
        WHERE $service IS NULL OR service = $service GROUP BY service, name ORDER BY service, name
        """, r => new InstrumentView(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt64(5),
            TelemetryNames.Milliseconds(r.GetInt64(6))), ("$service", service));

    /// <summary>The latest points of one instrument (at most <paramref name="limit"/>), oldest first.</summary>
    public IReadOnlyList<PointView> Points(string service, string name, int limit) => [.. Enumerable.Reverse(Query("""
        SELECT time_ns, value, count, attributes FROM points WHERE service = $service AND name = $name ORDER BY time_ns DESC LIMIT $limit
        """, r => new PointView(TelemetryNames.Milliseconds(r.GetInt64(0)), r.GetDouble(1), r.IsDBNull(2) ? null : r.GetInt64(2), Attributes(r.GetString(3))),
        ("$service", service), ("$name", name), ("$limit", limit)))];

    /// <summary>Traces and logs that mention a dossier reference: in span names, attributes or events, or in log text.</summary>
    public DossierFlow Dossier(string reference, int limit)
    {
        var fts = TelemetryFilters.FtsQuery(reference);
        var logs = Query($"""
            SELECT {LogColumns} FROM logs WHERE id IN (SELECT rowid FROM logs_text WHERE logs_text MATCH $fts) ORDER BY id DESC LIMIT $limit
            """, ReadLog, ("$fts", fts), ("$limit", limit));
        var traceIds = Query("""
            SELECT DISTINCT trace_id FROM spans WHERE instr(attributes, $ref) > 0 OR instr(name, $ref) > 0 OR instr(events, $ref) > 0
            """, r => r.GetString(0), ("$ref", reference))
            .Union(logs.Select(l => l.TraceId).Where(t => t.Length > 0)).ToList();
        var traces = traceIds.Count == 0 ? [] : Traces(new TraceFilter(null, 0, null, null, null, limit), traceIds);
        return new(reference, traces, logs);
    }

    private static LogView ReadLog(SqliteDataReader r) => new(
        r.GetInt64(0), TelemetryNames.Milliseconds(r.GetInt64(1)), r.GetString(2), r.GetString(3), r.GetInt32(4),
        TelemetryNames.Level(r.GetInt32(4)), r.GetString(5), Attributes(r.GetString(6)), r.GetString(7), r.GetString(8));

    private static Dictionary<string, string> Attributes(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
