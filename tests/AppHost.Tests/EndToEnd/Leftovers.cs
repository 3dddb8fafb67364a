using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.AppHost.Tests.EndToEnd;

/// <summary>What a stopped AppHost must not leave behind: a server or project process, a listening server port.</summary>
public static class Leftovers
{
    // DCP stops the resources after the AppHost has gone, in about 13 s; generous for a loaded machine.
    public static readonly TimeSpan StopBound = TimeSpan.FromMinutes(2);

    /// <summary>The resources' states, or that the AppHost has stopped (which takes its services with it).</summary>
    public static string StatesOrStopped(AspirePlatform platform)
    {
        try
        {
            return States(platform);
        }
        catch (ObjectDisposedException)
        {
            return "the AppHost has stopped.";
        }
    }

    public static string States(AspirePlatform platform)
    {
        var notifications = platform.App.Services.GetRequiredService<ResourceNotificationService>();
        var model = platform.App.Services.GetRequiredService<DistributedApplicationModel>();
        return string.Join(", ", model.Resources.Select(r => notifications.TryGetCurrentState(r.Name, out var e)
            ? $"{r.Name}={e.Snapshot.State?.Text}/{e.Snapshot.HealthStatus}"
            : $"{r.Name}=?"));
    }

    /// <summary>
    /// Stops the AppHost, then waits until no process DCP had started for a resource (servers, epmd, services) is alive
    /// and no server port of the run listens any more.
    /// </summary>
    public static async Task StopAndCheckAsync(AspirePlatform platform, ITestOutputHelper output, CancellationToken cancellationToken)
    {
        var serverPorts = File.ReadAllText(Path.Combine(platform.DataFolder, "ports.json"));
        var ports = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, int>>(serverPorts)!;
        var pids = await platform.ProcessIdsAsync(cancellationToken);
        Assert.Contains(pids.Keys, name => name.StartsWith("postgres", StringComparison.Ordinal));
        Assert.Contains(pids.Keys, name => name.StartsWith("gateway", StringComparison.Ordinal));
        Assert.Equal(2, pids.Keys.Count(name => name.StartsWith("notification", StringComparison.Ordinal)));
        var running = pids.Values.Select(ProcessTable.Find).OfType<ProcessTable.Entry>().ToList();
        try
        {
            await platform.App.StopAsync(cancellationToken).WaitAsync(StopBound, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The AppHost did not stop within {StopBound.TotalSeconds:0} s.");
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var alive = running.Where(ProcessTable.IsAlive).Select(p => $"{p.Pid} {p.Command}").ToList();
            var listening = ProcessTable.ListeningPorts();
            var open = ports.Where(p => listening.Contains(p.Value)).Select(p => $"{p.Key}={p.Value}").ToList();
            if (alive.Count == 0 && open.Count == 0)
            {
                output.WriteLine($"Everything stopped {clock.Elapsed.TotalSeconds:0} s after the AppHost ({running.Count} processes).");
                return;
            }
            Assert.True(clock.Elapsed < StopBound, $"Still running {StopBound} after the AppHost stopped: {string.Join("; ", alive.Concat(open))}");
            await Task.Delay(1_000, cancellationToken);
        }
    }
}
