using System.Diagnostics;
using System.Diagnostics.Metrics;
using Defis.Dashboard.Telemetry;
using Defis.Testing;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Defis.Dashboard.Tests;

/// <summary>The real OpenTelemetry .NET exporter, over gRPC and over HTTP/protobuf, read back through the dashboard's API.</summary>
public sealed class OtlpIngestionTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly string _service = $"submission-{Guid.NewGuid():N}"[..20];
    private RunningDashboard _dashboard = null!;

    public async ValueTask InitializeAsync()
    {
        _dashboard = await RunningDashboard.StartAsync();
        await _dashboard.SignInAsync();
    }

    public async ValueTask DisposeAsync() => await _dashboard.DisposeAsync();

    [Theory]
    [InlineData(OtlpExportProtocol.Grpc)]
    [InlineData(OtlpExportProtocol.HttpProtobuf)]
    public async Task Spans_come_back_as_one_trace_with_parent_child_attributes_and_events(OtlpExportProtocol protocol)
    {
        using var source = new ActivitySource($"Defis.Tests.{Guid.NewGuid():N}");
        string traceId;
        using (var tracing = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(Resource()).AddSource(source.Name)
            .AddOtlpExporter(o => Export(o, protocol, "traces")).Build())
        {
            using (var parent = source.StartActivity("POST /api/v1/dossiers/{id}/submit", ActivityKind.Server)!)
            {
                traceId = parent.TraceId.ToHexString();
                using var submit = source.StartActivity("submit dossier", ActivityKind.Internal)!;
                submit.SetTag("dossier.reference", "CB21-0042");
                submit.AddEvent(new ActivityEvent("eligibility checked", tags: new ActivityTagsCollection { ["checks"] = 7 }));
                submit.SetStatus(ActivityStatusCode.Error, "refusé");
            }
            tracing.ForceFlush();
        }

        var traces = await Eventually.Until(() => _dashboard.GetAsync<List<TraceSummary>>($"/api/traces?service={_service}"),
            t => t.Count == 1 && t[0].SpanCount == 2, Patience, "the trace with its two spans");
        Assert.Equal(traceId, traces[0].TraceId);
        Assert.Equal("POST /api/v1/dossiers/{id}/submit", traces[0].RootName);
        Assert.Equal(1, traces[0].ErrorCount);

        var spans = await _dashboard.GetAsync<List<SpanView>>($"/api/traces/{traceId}?search=eligibility");
        var root = Assert.Single(spans, s => s.ParentSpanId == "");
        var child = Assert.Single(spans, s => s.ParentSpanId == root.SpanId);
        Assert.Equal("CB21-0042", child.Attributes["dossier.reference"]);
        Assert.Equal(("eligibility checked", "7"), (child.Events.Single().Name, child.Events.Single().Attributes["checks"]));
        Assert.Equal(("error", "refusé"), (child.Status, child.StatusMessage));
        Assert.Equal([false, true], spans.Select(s => s.Matches));
        Assert.Equal(["server", "internal"], spans.Select(s => s.Kind));

        Assert.Equal(traceId, Assert.Single(await _dashboard.GetAsync<List<TraceSummary>>($"/api/traces?traceId={traceId.ToUpperInvariant()}")).TraceId);
        Assert.Equal(traceId, Assert.Single(await _dashboard.GetAsync<List<TraceSummary>>($"/api/traces?traceId={traceId[..8]}")).TraceId);
        Assert.Empty(await _dashboard.GetAsync<List<TraceSummary>>($"/api/traces?traceId={traceId[..31]}{(traceId[31] == '0' ? '1' : '0')}"));
        var filtered = await _dashboard.GetAsync<List<TraceSummary>>("/api/traces?attribute=dossier.reference=CB21-0042");
        Assert.Equal(traceId, Assert.Single(filtered).TraceId);
        Assert.Empty(await _dashboard.GetAsync<List<TraceSummary>>($"/api/traces?service={_service}&minDurationMs=60000"));
        var flow = await _dashboard.GetAsync<DossierFlow>("/api/dossiers/CB21-0042");
        Assert.Equal(traceId, Assert.Single(flow.Traces).TraceId);
    }

    [Theory]
    [InlineData(OtlpExportProtocol.Grpc)]
    [InlineData(OtlpExportProtocol.HttpProtobuf)]
    public async Task Logs_come_back_with_attributes_level_trace_and_full_text_search(OtlpExportProtocol protocol)
    {
        using var source = new ActivitySource($"Defis.Tests.{Guid.NewGuid():N}");
        using var listener = new ActivityListener { ShouldListenTo = s => s == source, Sample = (ref _) => ActivitySamplingResult.AllDataAndRecorded };
        ActivitySource.AddActivityListener(listener);
        string traceId;
        using (var logging = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Debug).AddOpenTelemetry(o =>
        {
            o.SetResourceBuilder(Resource());
            o.IncludeFormattedMessage = true;
            o.AddOtlpExporter(e => Export(e, protocol, "logs"));
        })))
        {
            var logger = logging.CreateLogger("Defis.Submission");
            logger.LogDebug("Rien à voir");
            using var activity = source.StartActivity("submit")!;
            traceId = activity.TraceId.ToHexString();
            logger.LogWarning("Dossier {Reference} déposé pour {Programme}", "CB21-0043", "Cybersécurité 2021");
        }

        var logs = await Eventually.Until(() => _dashboard.GetAsync<List<LogView>>($"/api/logs?service={_service}"),
            l => l.Count == 2, Patience, "both log records");
        var warning = Assert.Single(await _dashboard.GetAsync<List<LogView>>($"/api/logs?service={_service}&level=warning"));
        Assert.Equal("Dossier CB21-0043 déposé pour Cybersécurité 2021", warning.Body);
        Assert.Equal(("CB21-0043", "Cybersécurité 2021"), (warning.Attributes["Reference"], warning.Attributes["Programme"]));
        Assert.Equal(("warning", traceId), (warning.Level, warning.TraceId));
        Assert.Equal(warning.Id, Assert.Single(await _dashboard.GetAsync<List<LogView>>("/api/logs?text=CB21-0043")).Id);
        Assert.Equal(warning.Id, Assert.Single(await _dashboard.GetAsync<List<LogView>>($"/api/logs?traceId={traceId}")).Id);
        Assert.Equal(warning.Id, Assert.Single(await _dashboard.GetAsync<List<LogView>>("/api/logs?text=cybersécurité déposé")).Id);
        Assert.Empty(await _dashboard.GetAsync<List<LogView>>("/api/logs?text=CB21-0099"));
        Assert.Equal(2, logs.Count);

        var flow = await _dashboard.GetAsync<DossierFlow>("/api/dossiers/CB21-0043");
        Assert.Equal(warning.Id, Assert.Single(flow.Logs).Id);
    }

    [Theory]
    [InlineData(OtlpExportProtocol.Grpc)]
    [InlineData(OtlpExportProtocol.HttpProtobuf)]
    public async Task Metric_points_come_back_per_instrument(OtlpExportProtocol protocol)
    {
        using var meter = new Meter($"Defis.Tests.{Guid.NewGuid():N}");
        var published = meter.CreateCounter<long>("defis.outbox.published", "{event}");
        var latency = meter.CreateHistogram<double>("http.server.request.duration", "s");
        using (var metrics = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(Resource()).AddMeter(meter.Name)
            .AddOtlpExporter((e, reader) =>
            {
                Export(e, protocol, "metrics");
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 60_000;
            }).Build())
        {
            published.Add(3, new KeyValuePair<string, object?>("event", "DossierSubmitted"));
            published.Add(2, new KeyValuePair<string, object?>("event", "DossierSubmitted"));
            latency.Record(0.25);
            latency.Record(0.75);
            metrics.ForceFlush();
        }

        var instruments = await Eventually.Until(() => _dashboard.GetAsync<List<InstrumentView>>($"/api/metrics/instruments?service={_service}"),
            i => i.Count == 2, Patience, "both instruments");
        Assert.Equal([("http.server.request.duration", "histogram", "s"), ("defis.outbox.published", "sum", "{event}")],
            instruments.OrderByDescending(i => i.Name).Select(i => (i.Name, i.Kind, i.Unit)));
        var counter = await _dashboard.GetAsync<List<PointView>>($"/api/metrics/points?service={_service}&name=defis.outbox.published");
        Assert.Equal((5.0, "DossierSubmitted"), (counter[^1].Value, counter[^1].Attributes["event"]));
        var histogram = await _dashboard.GetAsync<List<PointView>>($"/api/metrics/points?service={_service}&name=http.server.request.duration");
        Assert.Equal((1.0, 2L), (histogram[^1].Value, histogram[^1].Count));
    }

    [Fact]
    public async Task Http_accepts_gzip_and_refuses_what_it_cannot_read()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var request = new OpenTelemetry.Proto.Collector.Logs.V1.ExportLogsServiceRequest
        {
            ResourceLogs =
            {
                new OpenTelemetry.Proto.Logs.V1.ResourceLogs
                {
                    Resource = new() { Attributes = { new OpenTelemetry.Proto.Common.V1.KeyValue { Key = "service.name", Value = new() { StringValue = _service } } } },
                    ScopeLogs = { new OpenTelemetry.Proto.Logs.V1.ScopeLogs { LogRecords = { new OpenTelemetry.Proto.Logs.V1.LogRecord { Body = new() { StringValue = "compressé" }, SeverityNumber = OpenTelemetry.Proto.Logs.V1.SeverityNumber.Info } } } },
                },
            },
        };
        using var compressed = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(Google.Protobuf.MessageExtensions.ToByteArray(request), cancellationToken);
        }
        using var http = new HttpClient { BaseAddress = _dashboard.Server.OtlpHttpUrl };
        Assert.Equal(System.Net.HttpStatusCode.OK, (await PostAsync(http, compressed.ToArray(), "application/x-protobuf", "gzip")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await PostAsync(http, [0xff, 0xff, 0xff], "application/x-protobuf", null)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.UnsupportedMediaType, (await PostAsync(http, "{}"u8.ToArray(), "application/json", null)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync("/api/stats", cancellationToken)).StatusCode);
        var logs = await Eventually.Until(() => _dashboard.GetAsync<List<LogView>>($"/api/logs?service={_service}"), l => l.Count == 1, Patience, "the gzipped log");
        Assert.Equal("compressé", logs[0].Body);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, byte[] body, string contentType, string? encoding)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        if (encoding is not null)
        {
            content.Headers.ContentEncoding.Add(encoding);
        }
        return await http.PostAsync("/v1/logs", content, TestContext.Current.CancellationToken);
    }

    private ResourceBuilder Resource() => ResourceBuilder.CreateEmpty().AddService(_service);

    private void Export(OtlpExporterOptions options, OtlpExportProtocol protocol, string signal)
    {
        options.Protocol = protocol;
        // Set in code, the HTTP endpoint is used as is: it must name the signal's path.
        options.Endpoint = protocol == OtlpExportProtocol.Grpc
            ? _dashboard.Server.OtlpGrpcUrl
            : new Uri(_dashboard.Server.OtlpHttpUrl, $"/v1/{signal}");
    }
}
