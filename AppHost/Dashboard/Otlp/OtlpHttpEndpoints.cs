using Defis.Dashboard.Telemetry;
using System.IO.Compression;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;

namespace Defis.Dashboard.Otlp;

/// <summary>OTLP/HTTP with binary protobuf: POST /v1/traces, /v1/logs, /v1/metrics.</summary>
public static class OtlpHttpEndpoints
{
    private const string Protobuf = "application/x-protobuf";
    private const int MaxDecompressedBytes = 32 * 1024 * 1024;

    public static IEndpointConventionBuilder MapOtlpHttp(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v1");
        group.MapPost("/traces", (HttpContext c) => ExportAsync(c, ExportTraceServiceRequest.Parser, OtlpMapper.Map, new ExportTraceServiceResponse()));
        group.MapPost("/logs", (HttpContext c) => ExportAsync(c, ExportLogsServiceRequest.Parser, OtlpMapper.Map, new ExportLogsServiceResponse()));
        group.MapPost("/metrics", (HttpContext c) => ExportAsync(c, ExportMetricsServiceRequest.Parser, OtlpMapper.Map, new ExportMetricsServiceResponse()));
        return group;
    }

    /// <summary>The body, gunzipped when the exporter compressed it (OTLP allows gzip), never beyond <see cref="MaxDecompressedBytes"/>.</summary>
    private static async Task<MemoryStream> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var gzip = string.Equals(request.Headers.ContentEncoding, "gzip", StringComparison.OrdinalIgnoreCase);
        var source = gzip ? new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true) : request.Body;
        try
        {
            var body = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (body.Length + read > MaxDecompressedBytes)
                {
                    throw new InvalidDataException("OTLP request too large once decompressed.");
                }
                body.Write(buffer, 0, read);
            }
            body.Position = 0;
            return body;
        }
        finally
        {
            if (gzip)
            {
                await source.DisposeAsync();
            }
        }
    }

    private static async Task ExportAsync<TRequest>(HttpContext context, MessageParser<TRequest> parser, Func<TRequest, long, TelemetryBatch> map, IMessage response)
        where TRequest : IMessage<TRequest>
    {
        var services = context.RequestServices;
        if (!services.GetRequiredService<OtlpApiKey>().Accepts(context.Request.Headers[OtlpApiKey.Header]))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (!(context.Request.ContentType ?? "").StartsWith(Protobuf, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await context.Response.WriteAsync("Only application/x-protobuf is accepted.", context.RequestAborted);
            return;
        }
        TRequest request;
        try
        {
            request = parser.ParseFrom(await ReadBodyAsync(context.Request, context.RequestAborted));
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidDataException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var received = OtlpGrpcIngest.Now(services.GetRequiredService<TimeProvider>());
        if (!await services.GetRequiredService<TelemetryIngest>().TryEnqueueAsync(map(request, received), context.RequestAborted))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
            return;
        }
        context.Response.ContentType = Protobuf;
        await context.Response.Body.WriteAsync(response.ToByteArray(), context.RequestAborted);
    }
}
