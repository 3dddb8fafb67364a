namespace Defis.Dashboard.Telemetry;

// What the JSON API returns. Times are Unix milliseconds (fractional): nanoseconds would not survive JavaScript numbers.

public sealed record LogView(
    long Id, double TimeMs, string Service, string Scope, int Severity, string Level, string Body,
    IReadOnlyDictionary<string, string> Attributes, string TraceId, string SpanId);

public sealed record TraceSummary(
    string TraceId, string RootName, string RootService, double StartMs, double DurationMs, int SpanCount, int ErrorCount,
    IReadOnlyList<string> Services);

public sealed record SpanView(
    string TraceId, string SpanId, string ParentSpanId, string Service, string Scope, string Name, string Kind,
    double StartMs, double DurationMs, string Status, string StatusMessage, IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<SpanEventView> Events, bool Matches);

public sealed record SpanEventView(double TimeMs, string Name, IReadOnlyDictionary<string, string> Attributes);

public sealed record InstrumentView(string Service, string Name, string Unit, string Description, string Kind, long Points, double LastMs);

public sealed record PointView(double TimeMs, double Value, long? Count, IReadOnlyDictionary<string, string> Attributes);

public sealed record TelemetryStats(
    long Spans, long Logs, long Points, long DroppedSpans, long DroppedLogs, long DroppedPoints, long RejectedRequests);

public sealed record DossierFlow(string Reference, IReadOnlyList<TraceSummary> Traces, IReadOnlyList<LogView> Logs);

public static class TelemetryNames
{
    private static readonly string[] Kinds = ["unspecified", "internal", "server", "client", "producer", "consumer"];
    private static readonly string[] Statuses = ["unset", "ok", "error"];

    public static string Kind(int kind) => kind >= 0 && kind < Kinds.Length ? Kinds[kind] : "unspecified";

    public static string Status(int status) => status >= 0 && status < Statuses.Length ? Statuses[status] : "unset";

    /// <summary>The level of an OTLP severity number (1-4 trace, 5-8 debug, 9-12 information…).</summary>
    public static string Level(int severity) => severity switch
    {
        <= 0 => "unspecified",
        <= 4 => "trace",
        <= 8 => "debug",
        <= 12 => "information",
        <= 16 => "warning",
        <= 20 => "error",
        _ => "critical",
    };

    public static double Milliseconds(long nanoseconds) => nanoseconds / 1_000_000.0;
}
