using System.Text.Json;
using Defis.Dashboard.Telemetry;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Metrics.V1;

namespace Defis.Dashboard.Otlp;

/// <summary>Turns OTLP export requests into the rows the store writes.</summary>
public static class OtlpMapper
{
    private const string UnknownService = "unknown_service";

    public static TelemetryBatch Map(ExportTraceServiceRequest request, long receivedNs) => TelemetryBatch.OfSpans(
    [
        .. from resource in request.ResourceSpans
           let service = ServiceName(resource.Resource?.Attributes)
           from scope in resource.ScopeSpans
           from span in scope.Spans
           select new SpanRow(
               OtlpValues.Hex(span.TraceId), OtlpValues.Hex(span.SpanId), OtlpValues.Hex(span.ParentSpanId), service,
               scope.Scope?.Name ?? "", span.Name, (int)span.Kind, Dated(span.StartTimeUnixNano, receivedNs), Dated(span.EndTimeUnixNano, Dated(span.StartTimeUnixNano, receivedNs)),
               (int)(span.Status?.Code ?? 0), span.Status?.Message ?? "", OtlpValues.Json(span.Attributes),
               JsonSerializer.Serialize(span.Events.Select(e => new SpanEventView(Nanos(e.TimeUnixNano) / 1_000_000.0, e.Name, OtlpValues.Map(e.Attributes))))),
    ]);

    /// <summary>A record without time (allowed by OTLP) is dated by its arrival, <paramref name="receivedNs"/>.</summary>
    public static TelemetryBatch Map(ExportLogsServiceRequest request, long receivedNs) => TelemetryBatch.OfLogs(
    [
        .. from resource in request.ResourceLogs
           let service = ServiceName(resource.Resource?.Attributes)
           from scope in resource.ScopeLogs
           from log in scope.LogRecords
           select new LogRow(
               Dated(log.TimeUnixNano != 0 ? log.TimeUnixNano : log.ObservedTimeUnixNano, receivedNs), service, scope.Scope?.Name ?? "",
               (int)log.SeverityNumber, log.SeverityText, OtlpValues.Text(log.Body), OtlpValues.Json(log.Attributes),
               OtlpValues.Hex(log.TraceId), OtlpValues.Hex(log.SpanId)),
    ]);

    public static TelemetryBatch Map(ExportMetricsServiceRequest request, long receivedNs) => TelemetryBatch.OfPoints(
    [
        .. from resource in request.ResourceMetrics
           let service = ServiceName(resource.Resource?.Attributes)
           from scope in resource.ScopeMetrics
           from metric in scope.Metrics
           from point in Points(metric)
           select point with { Service = service, Scope = scope.Scope?.Name ?? "", TimeNs = point.TimeNs == 0 ? receivedNs : point.TimeNs },
    ]);

    private static IEnumerable<PointRow> Points(Metric metric)
    {
        PointRow Row(string kind, ulong time, double value, long? count, IEnumerable<KeyValue> attributes) =>
            new("", "", metric.Name, metric.Unit, metric.Description, kind, Nanos(time), value, count, OtlpValues.Json(attributes));
        return metric.DataCase switch
        {
            Metric.DataOneofCase.Gauge => metric.Gauge.DataPoints.Select(p => Row("gauge", p.TimeUnixNano, Number(p), null, p.Attributes)),
            Metric.DataOneofCase.Sum => metric.Sum.DataPoints.Select(p => Row(SumKind(metric.Sum), p.TimeUnixNano, Number(p), null, p.Attributes)),
            Metric.DataOneofCase.Histogram => metric.Histogram.DataPoints.Select(p =>
                Row(HistogramKind(metric.Histogram.AggregationTemporality), p.TimeUnixNano, p.Sum, (long)p.Count, p.Attributes)),
            Metric.DataOneofCase.ExponentialHistogram => metric.ExponentialHistogram.DataPoints.Select(p =>
                Row(HistogramKind(metric.ExponentialHistogram.AggregationTemporality), p.TimeUnixNano, p.Sum, (long)p.Count, p.Attributes)),
            Metric.DataOneofCase.Summary => metric.Summary.DataPoints.Select(p => Row("summary", p.TimeUnixNano, p.Sum, (long)p.Count, p.Attributes)),
            _ => [],
        };
    }

    /// <summary>
    /// How the dashboard charts it: a cumulative monotonic sum ("sum") as a rate, a per-interval one ("delta")
    /// and an up-down counter ("updown") as values; a cumulative histogram as the mean of each interval.
    /// </summary>
    private static string SumKind(Sum sum) =>
        !sum.IsMonotonic ? "updown" : sum.AggregationTemporality == AggregationTemporality.Delta ? "delta" : "sum";

    private static string HistogramKind(AggregationTemporality temporality) =>
        temporality == AggregationTemporality.Delta ? "histogram-delta" : "histogram";

    private static double Number(NumberDataPoint point) =>
        point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble;

    private static string ServiceName(IEnumerable<KeyValue>? attributes) =>
        attributes?.LastOrDefault(a => a.Key == "service.name") is { } name && OtlpValues.Text(name.Value) is { Length: > 0 } text ? text : UnknownService;

    private static long Dated(ulong value, long fallback) => value == 0 ? fallback : Nanos(value);

    /// <summary>OTLP times are unsigned; the store's columns are signed 64-bit (good until 2262).</summary>
    private static long Nanos(ulong value) => value > long.MaxValue ? long.MaxValue : (long)value;
}
