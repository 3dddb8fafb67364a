using System.Diagnostics;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Defis.ServiceInfrastructure.Persistence;

namespace Defis.Testing;

/// <summary>
/// One service running in-process on its real dependencies, with a given configuration, and the
/// spans it records kept in memory for assertions. <paramref name="configureServices"/> runs after the
/// service's own registrations, e.g. to replace its TimeProvider by a controllable one.
/// </summary>
public sealed class ServiceHost<TEntryPoint>(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    public SpanLog Spans { get; } = new();

    public GrpcChannel Channel(string? token) => GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
    {
        HttpHandler = new BearerTokenHandler(token) { InnerHandler = Server.CreateHandler() },
        MaxReceiveMessageSize = 16 * 1024 * 1024,
        MaxSendMessageSize = 16 * 1024 * 1024,
    });

    public HttpClient Http(string? token) => CreateDefaultClient(new BearerTokenHandler(token));

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Starts the host (migrations run) and waits until its bus is connected with every receive
    /// endpoint bound: an event published to a fresh virtual host before its queue exists is dropped.
    /// </summary>
    public async Task StartedAsync()
    {
        _ = Server;
        var health = await Service<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        if (health != BusHealthStatus.Healthy)
        {
            throw new TimeoutException($"The bus of {typeof(TEntryPoint).Assembly.GetName().Name} did not become healthy: {health}.");
        }
    }

    /// <summary>
    /// Also closes the idle connections the host's database pools keep: pools outlive a host (they are per
    /// connection string, process-wide), and a test run that starts hundreds of hosts would otherwise exhaust
    /// the server's connection slots.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var (key, value) in settings)
        {
            if (key.StartsWith("ConnectionStrings:", StringComparison.Ordinal) && key.EndsWith("-db", StringComparison.Ordinal) && value is not null)
            {
                using var connection = new Npgsql.NpgsqlConnection(ServiceDatabase.ConnectionString(value));
                Npgsql.NpgsqlConnection.ClearPool(connection);
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in TestTokens.ServiceSettings.Concat(settings))
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(Spans)));
        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }
}
