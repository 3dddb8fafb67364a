using Defis.Benchmarks.Submission;
using Defis.Gateway;
using Defis.LocalServers;
using Defis.ServiceDefaults;
using Defis.Submission;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Yarp.ReverseProxy.Configuration;

namespace Defis.Benchmarks.Gateway;

/// <summary>
/// The three doors of the run, each on its own loopback port, all in this process (Release build, production
/// wiring): the Submission service itself (REST transcoding on HTTP/1.1, gRPC on HTTP/2), our gateway in front
/// of it (authentication, Redis rate limits, idempotency, trace header, size limit, CORS, cache middleware),
/// and a bare YARP with the same route and nothing else.
/// </summary>
public static class BenchHosts
{
    private static readonly Dictionary<string, string?> Quiet = new()
    {
        ["Logging:LogLevel:Default"] = "Warning",
        // First start: EF probes a migrations table not created yet, the bus is briefly "not started". Expected.
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Critical",
        ["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "Critical",
    };

    public sealed record Door(WebApplication App, Uri Address) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }

    /// <summary>Submission with the 2018 and 2021 demo calls seeded (DB-backed reads of a real call).</summary>
    public static async Task<(Door Service, Uri Grpc)> SubmissionAsync(Servers servers, BenchTokens tokens)
    {
        var (rest, grpc) = (FreePort.Next(), FreePort.Next());
        var builder = Builder(tokens, new()
        {
            ["ConnectionStrings:submission-db"] = servers.Database("submission"),
            ["ConnectionStrings:messaging"] = servers.AmqpUri,
            ["ConnectionStrings:cache"] = servers.Redis,
            ["Submission:SeedDemoData"] = "true",
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.ListenLocalhost(rest, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.ListenLocalhost(grpc, listen => listen.Protocols = HttpProtocols.Http2);
        });
        builder.AddServiceDefaults();
        builder.AddSubmissionServices();
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapSubmissionEndpoints();
        await app.StartAsync();
        return (new Door(app, new Uri($"http://127.0.0.1:{rest}")), new Uri($"http://127.0.0.1:{grpc}"));
    }

    /// <summary>Our gateway as Program.cs builds it, with rate limits high enough never to refuse the load (they still count in Redis).</summary>
    public static async Task<Door> GatewayAsync(Servers servers, BenchTokens tokens, Uri rest, Uri grpc)
    {
        var port = FreePort.Next();
        var builder = Builder(tokens, new()
        {
            ["services:submission:http:0"] = rest.ToString(),
            ["services:submission:grpc:0"] = grpc.ToString(),
            ["ConnectionStrings:cache"] = servers.Redis,
            ["ConnectionStrings:messaging"] = servers.AmqpUri,
            ["Gateway:RateLimit:PermitsPerUser"] = "1000000000",
            ["Gateway:RateLimit:PermitsPerClientIp"] = "1000000000",
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port, listen => listen.Protocols = HttpProtocols.Http1));
        builder.AddServiceDefaults();
        builder.AddGateway();
        var app = builder.Build();
        app.UseGateway();
        app.MapDefaultEndpoints();
        app.MapGateway();
        await app.StartAsync();
        return new Door(app, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>YARP 2.3 and one route to the service's REST port: no authentication, no policy, no middleware of ours.</summary>
    public static async Task<Door> BareYarpAsync(Uri rest)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(Quiet);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port, listen => listen.Protocols = HttpProtocols.Http1));
        builder.Services.AddReverseProxy().LoadFromMemory(
            [new RouteConfig { RouteId = "programmes", ClusterId = "submission", Match = new RouteMatch { Path = "/api/v1/programmes/{**rest}" } }],
            [new ClusterConfig { ClusterId = "submission", Destinations = new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = rest.ToString() } } }]);
        var app = builder.Build();
        app.MapReverseProxy();
        await app.StartAsync();
        return new Door(app, new Uri($"http://127.0.0.1:{port}"));
    }

    private static WebApplicationBuilder Builder(BenchTokens tokens, Dictionary<string, string?> settings)
    {
        // Only our settings: the referenced services' appsettings.json, copied to our output, would bind their fixed ports.
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(Quiet.Concat(tokens.Settings()).Concat(settings));
        return builder;
    }
}
