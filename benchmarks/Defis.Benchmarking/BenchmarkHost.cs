using Defis.LocalServers;
using Defis.ServiceDefaults;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Defis.Benchmarking;

/// <summary>A host of the run in this process (Release build, production wiring), on its own loopback port, stopped at the end.</summary>
public sealed class BenchmarkHost(WebApplication app, Uri address, BenchTokens tokens) : IAsyncDisposable
{
    private static readonly Dictionary<string, string?> Quiet = new()
    {
        ["Logging:LogLevel:Default"] = "Warning",
        // First start: EF probes a migrations table not created yet, the bus is briefly "not started". Expected, not news.
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Critical",
        ["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "Critical",
    };

    public IServiceProvider Services => app.Services;

    public Uri Address => address;

    /// <summary>A channel to this host's gRPC port carrying a token of <paramref name="userId"/> with <paramref name="role"/>.</summary>
    public GrpcChannel Channel(string userId, string role) => tokens.Channel(address, userId, role);

    /// <summary>
    /// A builder with only these settings, the run's bearer settings and quiet logs: the referenced services'
    /// appsettings.json, copied to the benchmark's output, would bind their fixed ports.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(BenchTokens tokens, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(Quiet.Concat(tokens.Settings()).Concat(settings));
        return builder;
    }

    /// <summary>A service as it runs in production (ServiceDefaults, its services and endpoints), serving gRPC on one HTTP/2 port.</summary>
    public static Task<BenchmarkHost> StartServiceAsync(BenchTokens tokens, IEnumerable<KeyValuePair<string, string?>> settings,
        Action<IHostApplicationBuilder> addServices, Action<WebApplication> mapEndpoints)
    {
        var port = FreePort.Next();
        var builder = CreateBuilder(tokens, settings);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.AddServiceDefaults();
        addServices(builder);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        mapEndpoints(app);
        return StartAsync(app, new Uri($"http://127.0.0.1:{port}"), tokens);
    }

    public static async Task<BenchmarkHost> StartAsync(WebApplication app, Uri address, BenchTokens tokens)
    {
        await app.StartAsync();
        return new BenchmarkHost(app, address, tokens);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
