using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Defis.Benchmarks.Dashboard;

/// <summary>
/// Several senders, each the real OpenTelemetry .NET OTLP trace exporter called as its batch processor calls
/// it (one Export of 512 spans at a time, waiting for the answer), until the given number of spans is sent.
/// Calling Export directly rather than through a BatchActivityExportProcessor measures the receiver: the
/// processor would drop spans at its own queue's limit instead of waiting.
/// </summary>
public static class ExporterLoad
{
    public sealed record Outcome(long SpansAcknowledged, int FailedExports, TimeSpan Elapsed)
    {
        public double SpansPerSecond => SpansAcknowledged / Elapsed.TotalSeconds;
    }

    public static async Task<Outcome> RunAsync(Uri endpoint, OtlpExportProtocol protocol, long spans, int senders, Activity[] batch)
    {
        var exportsPerSender = (int)Math.Ceiling(spans / (double)batch.Length / senders);
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, senders).Select(sender =>
            Task.Factory.StartNew(() => Send(endpoint, protocol, sender, exportsPerSender, batch), TaskCreationOptions.LongRunning)));
        clock.Stop();
        return new(results.Sum(r => r.Acknowledged), results.Sum(r => r.Failed), clock.Elapsed);
    }

    private static (long Acknowledged, int Failed) Send(Uri endpoint, OtlpExportProtocol protocol, int sender, int exports, Activity[] spans)
    {
        var exporter = new OtlpTraceExporter(new OtlpExporterOptions
        {
            Protocol = protocol,
            // Set in code, the HTTP endpoint is used as is: it must name the signal's path.
            Endpoint = protocol == OtlpExportProtocol.Grpc ? endpoint : new Uri(endpoint, "/v1/traces"),
            TimeoutMilliseconds = 30_000,
        });
        // The provider only gives the exporter its resource (service.name); no source feeds it.
        using var provider = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService($"bench-sender-{sender}"))
            .AddProcessor(new SimpleActivityExportProcessor(exporter))
            .Build();
        long acknowledged = 0;
        var failed = 0;
        for (var i = 0; i < exports; i++)
        {
            if (exporter.Export(new Batch<Activity>(spans, spans.Length)) == ExportResult.Success)
            {
                acknowledged += spans.Length;
            }
            else
            {
                failed++;
            }
        }
        return (acknowledged, failed);
    }
}
