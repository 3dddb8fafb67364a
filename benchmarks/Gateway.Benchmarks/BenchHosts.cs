using Defis.Benchmarking;
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
    /// <summary>Submission with the 2018 and 2021 demo calls seeded (DB-backed reads of a real call).</summary>
    public static async Task<(BenchmarkHost Service, Uri Grpc)> SubmissionAsync(BenchmarkServers servers, BenchTokens tokens)
    {
        var (rest, grpc) = (FreePort.Next(), FreePort.Next());
        var builder = BenchmarkHost.CreateBuilder(tokens, new Dictionary<string, string?>
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
        return (await BenchmarkHost.StartAsync(app, new Uri($"http://127.0.0.1:{rest}"), tokens), new Uri($"http://127.0.0.1:{grpc}"));
    }

    /// <summary>Our gateway as Program.cs builds it, with rate limits high enough never to refuse the load (they still count in Redis).</summary>
    public static async Task<BenchmarkHost> GatewayAsync(BenchmarkServers servers, BenchTokens tokens, Uri rest, Uri grpc)
    {
        var port = FreePort.Next();
        var builder = BenchmarkHost.CreateBuilder(tokens, new Dictionary<string, string?>
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
        return await BenchmarkHost.StartAsync(app, new Uri($"http://127.0.0.1:{port}"), tokens);
    }

    /// <summary>YARP 2.3 and one route to the service's REST port: no authentication, no policy, no middleware of ours.</summary>
    public static async Task<BenchmarkHost> BareYarpAsync(BenchTokens tokens, Uri rest)
    {
        var port = FreePort.Next();
        // The run's bearer settings are there too, and unused: YARP alone reads none of them.
        var builder = BenchmarkHost.CreateBuilder(tokens, []);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port, listen => listen.Protocols = HttpProtocols.Http1));
        builder.Services.AddReverseProxy().LoadFromMemory(
            [new RouteConfig { RouteId = "programmes", ClusterId = "submission", Match = new RouteMatch { Path = "/api/v1/programmes/{**rest}" } }],
            [new ClusterConfig { ClusterId = "submission", Destinations = new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = rest.ToString() } } }]);
        var app = builder.Build();
        app.MapReverseProxy();
        return await BenchmarkHost.StartAsync(app, new Uri($"http://127.0.0.1:{port}"), tokens);
    }
}
