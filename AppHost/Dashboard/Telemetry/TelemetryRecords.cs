namespace Defis.Dashboard.Telemetry;

/// <summary>A span as stored; times in Unix nanoseconds, attributes and events as JSON.</summary>
public sealed record SpanRow(
    string TraceId, string SpanId, string ParentSpanId, string Service, string Scope, string Name, int Kind,
    long StartNs, long EndNs, int Status, string StatusMessage, string Attributes, string Events);

public sealed record LogRow(
    long TimeNs, string Service, string Scope, int Severity, string SeverityText, string Body, string Attributes,
    string TraceId, string SpanId);

/// <summary>One metric point; histograms keep their sum in Value and their Count.</summary>
public sealed record PointRow(
    string Service, string Scope, string Name, string Unit, string Description, string Kind, long TimeNs,
    double Value, long? Count, string Attributes);

/// <summary>What one OTLP export request carried, converted off the writer's thread.</summary>
public sealed record TelemetryBatch(IReadOnlyList<SpanRow> Spans, IReadOnlyList<LogRow> Logs, IReadOnlyList<PointRow> Points)
{
    public static TelemetryBatch OfSpans(IReadOnlyList<SpanRow> spans) => new(spans, [], []);

    public static TelemetryBatch OfLogs(IReadOnlyList<LogRow> logs) => new([], logs, []);

    public static TelemetryBatch OfPoints(IReadOnlyList<PointRow> points) => new([], [], points);

    public int Count => Spans.Count + Logs.Count + Points.Count;
}
