using System.Security.Cryptography;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Defis.LocalServers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Defis.AppHost.Tests;

/// <summary>
/// The real AppHost (AppHost/Program.cs) started by Aspire.Hosting.Testing: DCP runs the servers and the projects, the
/// Aspire dashboard receives their telemetry. A data folder and dashboard ports of its own, so it runs beside a
/// developer's <c>./defis run</c>; a known login token and telemetry API key, so the test can read the dashboard.
/// </summary>
public sealed class AspirePlatform : IAsyncDisposable
{
    private readonly DistributedApplication _app;

    private AspirePlatform(DistributedApplication app, string dataFolder, string browserToken, string apiKey)
    {
        (_app, DataFolder, BrowserToken, ApiKey) = (app, dataFolder, browserToken, apiKey);
    }

    public string DataFolder { get; }

    /// <summary>Where the dashboard listens: Aspire.Hosting.Testing gives it a random port whatever was asked.</summary>
    public Uri Dashboard => _app.GetEndpoint("aspire-dashboard", "http");

    public string BrowserToken { get; }

    /// <summary>The dashboard's telemetry API key (header x-api-key).</summary>
    public string ApiKey { get; }

    public Uri LoginUrl => new(Dashboard, $"/login?t={BrowserToken}");

    /// <summary>One instance DCP runs for a resource (a project with replicas has several).</summary>
    public sealed record Instance(string Resource, string Name, string? State, HealthStatus? Health, int? Pid)
    {
        public bool IsWell => State == KnownResourceStates.Running && Health is null or HealthStatus.Healthy;
    }

    /// <summary>
    /// Every instance now known, read from the notifications Aspire replays to a new watcher; the replay is over once
    /// a second passes without one.
    /// </summary>
    public async Task<IReadOnlyList<Instance>> InstancesAsync(CancellationToken cancellationToken)
    {
        var notifications = _app.Services.GetRequiredService<ResourceNotificationService>();
        var latest = new Dictionary<string, ResourceEvent>();
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        quiet.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            await foreach (var update in notifications.WatchAsync(quiet.Token))
            {
                latest[update.ResourceId] = update;
                quiet.CancelAfter(TimeSpan.FromSeconds(1));
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The replay is over.
        }
        return [.. latest.Values.Select(e => new Instance(e.Resource.Name, e.ResourceId, e.Snapshot.State?.Text, e.Snapshot.HealthStatus, PidOf(e.Snapshot)))];
    }

    /// <summary>The process of every executable and project instance DCP runs now, by instance name.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ProcessIdsAsync(CancellationToken cancellationToken) =>
        (await InstancesAsync(cancellationToken)).Where(i => i.Pid is not null).ToDictionary(i => i.Name, i => i.Pid!.Value);

    private static int? PidOf(CustomResourceSnapshot snapshot) =>
        snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } pid && int.TryParse(pid.ToString(), out var id) ? id : null;

    public DistributedApplication App => _app;

    /// <summary>Builds the AppHost with <paramref name="replicas"/> instances of each service; <see cref="StartAsync"/> starts it.</summary>
    public static async Task<AspirePlatform> BuildAsync(int replicas, CancellationToken cancellationToken)
    {
        var root = Environment.GetEnvironmentVariable("DEFIS_TEST_ROOT") ?? Path.GetTempPath();
        var dataFolder = Path.Combine(root, $"defis-aspire-test-{Guid.NewGuid():N}"[..40]);
        var browserToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var apiKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        string[] args =
        [
            "--data", dataFolder,
            "--replicas", $"{replicas}",
            $"ASPNETCORE_URLS=http://127.0.0.1:{FreePort.Next()}",
            $"ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://127.0.0.1:{FreePort.Next()}",
            $"ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL=http://127.0.0.1:{FreePort.Next()}",
            $"ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://127.0.0.1:{FreePort.Next()}",
            "ASPIRE_ALLOW_UNSECURED_TRANSPORT=true",
            // A test's telemetry is not worth keeping, and must not land in a developer's store.
            "ASPIRE_DASHBOARD_PERSISTENCE_MODE=None",
            $"AppHost:BrowserToken={browserToken}",
            $"AppHost:DashboardApiKey={apiKey}",
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(args, (options, settings) =>
        {
            options.DisableDashboard = false;
            options.AllowUnsecuredTransport = true;
            settings.EnvironmentName = "Development";
        }, cancellationToken);
        // Aspire.Hosting.Testing chooses a login token of its own over the arguments: ours is set last.
        builder.Configuration["AppHost:BrowserToken"] = browserToken;
        builder.Configuration["AppHost:DashboardApiKey"] = apiKey;
        var app = await builder.BuildAsync(cancellationToken);
        return new AspirePlatform(app, dataFolder, browserToken, apiKey);
    }

    /// <summary>
    /// Starts the AppHost, or fails after <paramref name="bound"/> naming every instance not running healthy and the end
    /// of its log: Aspire.Hosting.Testing's start returns once every resource has been created, which waits for each
    /// resource's dependencies, and never ends when one of them never comes up.
    /// </summary>
    public async Task StartAsync(TimeSpan bound, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(bound);
        try
        {
            await _app.StartAsync(bounded.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The AppHost did not start within {bound.TotalSeconds:0} s.\n{await UnwellAsync(cancellationToken)}");
        }
    }

    /// <summary>
    /// Waits until the resource is healthy, or fails after <paramref name="bound"/> naming every instance that is not and
    /// the end of its log: Aspire's own wait never ends when a resource never gets there.
    /// </summary>
    public async Task WaitForHealthyAsync(string resource, TimeSpan bound, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(bound);
        try
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, bounded.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{resource} not healthy within {bound.TotalSeconds:0} s.\n{await UnwellAsync(cancellationToken)}");
        }
    }

    /// <summary>Every instance that is not running healthy, with the last lines of its log: why the platform is not up.</summary>
    public async Task<string> UnwellAsync(CancellationToken cancellationToken)
    {
        var unwell = (await InstancesAsync(cancellationToken)).Where(i => !i.IsWell).OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
        if (unwell.Count == 0)
        {
            return "Every instance runs healthy.";
        }
        var report = new System.Text.StringBuilder();
        foreach (var instance in unwell)
        {
            report.AppendLine($"{instance.Name}: {instance.State}/{instance.Health}");
            foreach (var line in await LastLogLinesAsync(instance.Name, 12))
            {
                report.AppendLine($"  | {line}");
            }
        }
        return report.ToString();
    }

    private async Task<IReadOnlyList<string>> LastLogLinesAsync(string instance, int count)
    {
        var last = new Queue<string>();
        await foreach (var batch in _app.Services.GetRequiredService<ResourceLoggerService>().GetAllAsync(instance))
        {
            foreach (var line in batch)
            {
                last.Enqueue(line.Content);
                if (last.Count > count)
                {
                    last.Dequeue();
                }
            }
        }
        return [.. last];
    }

    public Uri Endpoint(string resource, string endpoint = "http") => _app.GetEndpoint(resource, endpoint);

    public async Task<string> ConnectionStringAsync(string resource, CancellationToken cancellationToken) =>
        await _app.GetConnectionStringAsync(resource, cancellationToken)
        ?? throw new InvalidOperationException($"{resource} has no connection string.");

    public string Secret(string name) => File.ReadAllText(Path.Combine(DataFolder, name)).Trim();

    /// <summary>Runs a resource command as the dashboard's button does.</summary>
    public async Task<ExecuteCommandResult> ExecuteCommandAsync(string resource, string command, TimeSpan bound, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(bound);
        return await _app.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resource, command, bounded.Token)
            .WaitAsync(bounded.Token);
    }

    /// <summary>
    /// Stops and disposes the AppHost within <paramref name="bound"/>; false when it did not, which Aspire.Hosting.Testing
    /// has been seen to do (minutes and more) after a resource never became healthy (microsoft/aspire#7139). What it
    /// leaves running, the test command stops by its data folder.
    /// </summary>
    public async Task<bool> DisposeWithinAsync(TimeSpan bound)
    {
        try
        {
            await DisposeAsync().AsTask().WaitAsync(bound);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A server still flushing a file: left for the OS to clean.
        }
    }
}
