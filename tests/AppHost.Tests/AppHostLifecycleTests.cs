using System.Diagnostics;

namespace Defis.AppHost.Tests;

/// <summary>
/// The AppHost as a developer runs it: everything becomes healthy, a killed service comes back,
/// and SIGTERM leaves no process and no listening port behind. Generous bounds for a loaded 2-core machine.
/// </summary>
public sealed class AppHostLifecycleTests(ITestOutputHelper output)
{
    private static readonly string[] Services = ["submission", "jury", "funding", "accompaniment", "notification"];
    private static readonly TimeSpan StartBound = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RestartBound = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan StopBound = TimeSpan.FromMinutes(2);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    [Fact(Timeout = 12 * 60 * 1000)]
    public async Task Starts_everything_healthy_restarts_a_killed_service_and_stops_without_leftovers()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var host = AppHostProcess.Start();
        try
        {
            var state = await WaitForAsync(host, s => s.AllHealthy, StartBound, "every resource healthy", cancellationToken);
            output.WriteLine($"All healthy {state.StartupSeconds} s after start.");
            Assert.Equal(200, await HealthAsync(state["gateway"], cancellationToken));
            foreach (var service in Services)
            {
                Assert.Equal(200, await HealthAsync(state[service], cancellationToken));
            }

            var killed = state["jury"].Pid!.Value;
            Process.GetProcessById(killed).Kill();
            state = await WaitForAsync(host, s => s["jury"] is { Pid: { } pid, Restarts: >= 1 } jury && pid != killed && jury.IsHealthy,
                RestartBound, "jury restarted and healthy", cancellationToken);
            Assert.Equal(200, await HealthAsync(state["jury"], cancellationToken));
            await DashboardChecks.VerifyAsync(host, (condition, what) => WaitForAsync(host, condition, RestartBound, what, cancellationToken), cancellationToken);
            state = host.State()!;

            var processes = ProcessTable.DescendantsOf(host.Pid)
                .Concat(state.Resources.Select(r => r.Pid).OfType<int>().Select(ProcessTable.Find).OfType<ProcessTable.Entry>())
                .DistinctBy(p => p.Pid).ToList();
            var ports = state.Resources.SelectMany(r => r.Ports.Select(p => (Resource: r.Name, Name: p.Key, Port: p.Value))).ToList();
            Assert.NotEmpty(processes);
            Assert.Contains(ports, p => p is { Resource: "messaging", Name: "epmd" });

            host.Signal(15);
            using var stopBound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            stopBound.CancelAfter(StopBound);
            await host.WaitForExitAsync(stopBound.Token);

            Assert.Equal(0, host.ExitCode);
            Assert.Empty(processes.Where(ProcessTable.IsAlive).Select(p => $"{p.Pid} {p.Command}"));
            var listening = ProcessTable.ListeningPorts();
            Assert.Empty(ports.Where(p => listening.Contains(p.Port)).Select(p => $"{p.Resource}:{p.Name}={p.Port}"));
            Assert.DoesNotContain(DashboardChecks.LoginUrl(host).Port, listening);
            Assert.True(host.State()?.Stopped, "The state file says the run stopped.");
        }
        catch
        {
            output.WriteLine("AppHost output (last lines):");
            output.WriteLine(host.Output);
            throw;
        }
    }

    private static async Task<AppHostState> WaitForAsync(
        AppHostProcess host, Func<AppHostState, bool> condition, TimeSpan bound, string what, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < bound)
        {
            if (host.HasExited)
            {
                Assert.Fail($"The AppHost exited with code {host.ExitCode} before {what}.");
            }
            if (host.State() is { } state && condition(state))
            {
                return state;
            }
            await Task.Delay(500, cancellationToken);
        }
        var last = host.State();
        Assert.Fail($"Not {what} within {bound.TotalSeconds:0} s. Last state: " +
            string.Join(", ", last?.Resources.Select(r => $"{r.Name}={r.State}/{r.Health}/restarts {r.Restarts}") ?? ["(none)"]));
        throw new UnreachableException();
    }

    private static async Task<int> HealthAsync(ResourceState resource, CancellationToken cancellationToken)
    {
        using var response = await Http.GetAsync(new Uri(new Uri(resource.Urls["http"]), "/health"), cancellationToken);
        return (int)response.StatusCode;
    }
}
