using System.Net;
using Defis.LocalServers;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Proto.Collector.Trace.V1;

namespace Defis.Benchmarks.Dashboard;

/// <summary>
/// The baseline: the same OTLP messages and Kestrel listeners as the dashboard's receiver, parsing each
/// request and keeping nothing. What is left between it and the dashboard is mapping, queueing and SQLite.
/// </summary>
public sealed class NoOpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private NoOpReceiver(WebApplication app, int grpcPort, int httpPort)
    {
        _app = app;
        GrpcUrl = new($"http://127.0.0.1:{grpcPort}");
        HttpUrl = new($"http://127.0.0.1:{httpPort}");
    }

    public Uri GrpcUrl { get; }

    public Uri HttpUrl { get; }

    /// <summary>One request as the exporter sends it, kept to feed the store-only baseline.</summary>
    public static ExportTraceServiceRequest? Sample { get; private set; }

    public static async Task<NoOpReceiver> StartAsync()
    {
        var (grpcPort, httpPort) = (FreePort.Next(), FreePort.Next());
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = 8 * 1024 * 1024;
            kestrel.Listen(IPAddress.Loopback, grpcPort, l => l.Protocols = HttpProtocols.Http2);
            kestrel.Listen(IPAddress.Loopback, httpPort, l => l.Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddGrpc(grpc => grpc.MaxReceiveMessageSize = 8 * 1024 * 1024);
        var app = builder.Build();
        app.MapGrpcService<NoOpTraceService>();
        app.MapPost("/v1/traces", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            var request = ExportTraceServiceRequest.Parser.ParseFrom(body.ToArray());
            Sample ??= request;
            context.Response.ContentType = "application/x-protobuf";
            await context.Response.Body.WriteAsync(new ExportTraceServiceResponse().ToByteArray(), context.RequestAborted);
        });
        await app.StartAsync();
        return new NoOpReceiver(app, grpcPort, httpPort);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class NoOpTraceService : TraceService.TraceServiceBase
    {
        public override Task<ExportTraceServiceResponse> Export(ExportTraceServiceRequest request, ServerCallContext context) =>
            Task.FromResult(new ExportTraceServiceResponse());
    }
}
