using Defis.LocalServers;

namespace Defis.Hosting.Orchestration;

/// <summary>
/// A server run from its Debian binary in its own sub-folder of the data folder, or, when a
/// connection string is configured for it, an existing server that is only checked for reachability.
/// </summary>
public sealed class ServerRunner(ServerResource server, DataFolder data, PortAssignments ports, ResourceNotificationService notifications, ConsoleReporter console, TimeProvider time)
    : ResourceRunner(server, notifications)
{
    private readonly CancellationTokenSource _watch = new();
    private bool _stopping;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (server.IsExternal)
        {
            await StartExternalAsync(cancellationToken);
            return;
        }
        Publish(s => s with { State = ResourceState.Starting });
        var folder = data.ResourceFolder(server.Name);
        var local = server.CreateServer(folder, ports);
        server.Server = local;
        try
        {
            await local.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Publish(s => s with { State = ResourceState.FailedToStart, Pid = local.ProcessId, Ports = server.Ports() });
            throw new InvalidOperationException($"{server.Name} failed to start: {e.Message} (log: {server.LogFile(folder)})", e);
        }
        Publish(s => s with
        {
            State = ResourceState.Running, Health = HealthStatus.Healthy, Pid = local.ProcessId, StartedAt = time.GetUtcNow(),
            Urls = server.Urls(), Ports = server.Ports(), CommandMarker = server.CommandMarker(folder),
        });
        _ = WatchAsync(local, _watch.Token);
    }

    public override async Task StopAsync()
    {
        _stopping = true;
        await _watch.CancelAsync();
        if (server.Server is { } local)
        {
            Publish(s => s with { State = ResourceState.Stopping });
            await local.StopAsync();
        }
        Publish(s => s with { State = ResourceState.Finished, Health = null, Pid = null });
    }

    private async Task StartExternalAsync(CancellationToken cancellationToken)
    {
        Publish(s => s with { State = ResourceState.Starting, Urls = new Dictionary<string, string> { ["configured"] = "ConnectionStrings:" + server.Name } });
        if (ExternalEndpoint.TryParse(server, server.GetConnectionString()) is { } endpoint)
        {
            try
            {
                await endpoint.WaitUntilReachableAsync(TimeSpan.FromSeconds(30), cancellationToken);
            }
            catch (TimeoutException)
            {
                Publish(s => s with { State = ResourceState.FailedToStart });
                throw new InvalidOperationException($"{server.Name}: the server configured by ConnectionStrings:{server.Name} ({endpoint}) cannot be reached.");
            }
        }
        Publish(s => s with { State = ResourceState.Running, Health = HealthStatus.Healthy });
    }

    /// <summary>Infrastructure is not restarted (its data could be at stake): a crash is reported and shown.</summary>
    private async Task WatchAsync(ILocalServer local, CancellationToken cancellationToken)
    {
        try
        {
            while (local.IsRunning || _stopping)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }
        console.Info($"{server.Name} exited unexpectedly; see {server.LogFile(data.ResourceFolder(server.Name))}. Restart the AppHost.");
        Publish(s => s with { State = ResourceState.Exited, Health = HealthStatus.Unhealthy, Pid = null });
    }
}
