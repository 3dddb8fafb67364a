using System.Net;
using Defis.Dashboard.Otlp;
using Defis.Dashboard.Resources;
using Defis.Dashboard.Telemetry;
using Defis.Dashboard.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Defis.Dashboard;

/// <summary>
/// The dashboard in-process: OTLP/gRPC, OTLP/HTTP and the web UI, each on its own loopback port, one
/// SQLite store behind them. Aspire's dashboard runs the same three listeners.
/// </summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TelemetryStore _store;

    private DashboardServer(WebApplication app, TelemetryStore store, DashboardOptions options, DashboardLogin login)
    {
        _app = app;
        _store = store;
        Options = options;
        Login = login;
    }

    public DashboardOptions Options { get; }

    public DashboardLogin Login { get; }

    public Uri DashboardUrl => new($"http://127.0.0.1:{Options.DashboardPort}/");

    public Uri OtlpGrpcUrl => new($"http://127.0.0.1:{Options.OtlpGrpcPort}");

    public Uri OtlpHttpUrl => new($"http://127.0.0.1:{Options.OtlpHttpPort}");

    /// <summary>What to open in a browser: signs in and shows the resources.</summary>
    public Uri LoginUrl => Login.Unsecured ? DashboardUrl : new(DashboardUrl, $"login?t={Login.Token}");

    public static async Task<DashboardServer> StartAsync(
        DashboardOptions options, IResourceSource resources, ConsoleLogBuffer console, TimeProvider time, CancellationToken cancellationToken)
    {
        var login = new DashboardLogin(options.BrowserToken ?? DashboardLogin.NewToken(), options.Unsecured);
        var store = new TelemetryStore(TelemetryStore.FileIn(options.TelemetryFolder), options.Retention, time);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(DashboardServer).Assembly.GetName().Name });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.Listen(IPAddress.Loopback, options.OtlpGrpcPort, l => l.Protocols = HttpProtocols.Http2);
            kestrel.Listen(IPAddress.Loopback, options.OtlpHttpPort, l => l.Protocols = HttpProtocols.Http1);
            kestrel.Listen(IPAddress.Loopback, options.DashboardPort, l => l.Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddGrpc(grpc => grpc.MaxReceiveMessageSize = options.MaxRequestBytes);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(new TelemetryQueries(store.ConnectionString));
        builder.Services.AddSingleton(new TelemetryIngest(options.IngestQueueCapacity, options.IngestWait));
        builder.Services.AddSingleton(new OtlpApiKey(options.OtlpApiKey));
        builder.Services.AddSingleton(resources);
        builder.Services.AddSingleton(console);
        builder.Services.AddSingleton(new InfrastructureProbes(resources, new HttpClient { Timeout = TimeSpan.FromSeconds(5) }));
        builder.Services.AddHostedService<TelemetryWriter>();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals);

        var app = builder.Build();
        app.Use((context, next) => (ListenerOf(context, options), ListenerFor(context.Request.Path)) switch
        {
            (Listener.OtlpGrpc, Listener.OtlpGrpc) or (Listener.OtlpHttp, Listener.OtlpHttp) => next(context),
            (Listener.Dashboard, Listener.Dashboard) => login.GuardAsync(context, next),
            _ => NotHere(context),
        });
        app.MapGrpcService<OtlpTraceService>();
        app.MapGrpcService<OtlpLogsService>();
        app.MapGrpcService<OtlpMetricsService>();
        app.MapOtlpHttp();
        app.MapLoginPage(login);
        app.MapStaticAssets();
        app.MapDashboardApi();
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            // A port already taken: release what was opened before reporting it.
            await app.DisposeAsync();
            store.Dispose();
            throw;
        }
        return new DashboardServer(app, store, options, login);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _store.Dispose();
    }

    private enum Listener
    {
        OtlpGrpc,
        OtlpHttp,
        Dashboard,
    }

    /// <summary>Each listener serves only its own routes: the OTLP ports never show the dashboard, and the reverse.</summary>
    private static Listener ListenerFor(PathString path) =>
        path.Value?.StartsWith("/opentelemetry.proto.collector.", StringComparison.Ordinal) == true ? Listener.OtlpGrpc
        : path.StartsWithSegments("/v1") ? Listener.OtlpHttp
        : Listener.Dashboard;

    private static Task NotHere(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static Listener ListenerOf(HttpContext context, DashboardOptions options) =>
        context.Connection.LocalPort == options.OtlpGrpcPort ? Listener.OtlpGrpc
        : context.Connection.LocalPort == options.OtlpHttpPort ? Listener.OtlpHttp
        : Listener.Dashboard;
}
