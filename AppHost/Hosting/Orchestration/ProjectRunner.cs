using System.Diagnostics;
using Defis.Hosting.Infrastructure;

namespace Defis.Hosting.Orchestration;

/// <summary>
/// Runs a project from its build output with its output going to &lt;data&gt;/logs/{name}.log, probes its
/// health, and restarts it with backoff when it exits while the AppHost runs.
/// </summary>
public sealed class ProjectRunner(
    ProjectResource project, ProjectOutput output, ProjectLaunch launch, DataFolder data,
    ResourceNotificationService notifications, ConsoleReporter console, TimeProvider time)
    : ResourceRunner(project, notifications)
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var first = Launch();
        _loop = RunAsync(first, _stop.Token);
        return Task.CompletedTask;
    }

    public override async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        Publish(s => s with { State = ResourceState.Finished, Health = null, Pid = null });
    }

    private Process Launch()
    {
        Publish(s => s with { State = ResourceState.Starting, Health = null, Urls = project.EndpointUrls.ToDictionary() });
        var process = LocalProcess.Start(new LocalProcessStart(launch.Command, data.LogFile(project.Name))
        {
            WorkingDirectory = output.WorkingDirectory,
            Environment = launch.Environment(),
            RemovedVariables = ProjectLaunch.RemovedVariables(),
        });
        Publish(s => s with
        {
            State = ResourceState.Running, Pid = process.Id, ExitCode = null, CommandMarker = output.Assembly,
            Ports = project.EndpointUrls.ToDictionary(e => e.Key, e => new Uri(e.Value).Port),
        });
        return process;
    }

    private async Task RunAsync(Process process, CancellationToken stopping)
    {
        var crashes = 0;
        var restarts = 0;
        while (true)
        {
            var startedAt = time.GetTimestamp();
            using var instance = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            var probing = ProbeAsync(instance.Token);
            try
            {
                await process.WaitForExitAsync(stopping);
            }
            catch (OperationCanceledException)
            {
                await instance.CancelAsync();
                await StopProcessAsync(process);
                await probing;
                return;
            }
            await instance.CancelAsync();
            await probing;
            crashes = time.GetElapsedTime(startedAt) >= RestartBackoff.StableRun ? 1 : crashes + 1;
            var delay = RestartBackoff.Delay(crashes);
            var exitCode = process.ExitCode;
            process.Dispose();
            Publish(s => s with { State = ResourceState.Exited, Health = HealthStatus.Unhealthy, Pid = null, ExitCode = exitCode, Restarts = ++restarts });
            console.Info($"{project.Name} exited with code {exitCode}; restarting in {delay.TotalSeconds:0} s (restart {restarts}).");
            try
            {
                await Task.Delay(delay, time, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            process = Launch();
        }
    }

    private async Task ProbeAsync(CancellationToken cancellationToken)
    {
        if (project.HealthCheckPath is null)
        {
            Publish(s => s with { Health = HealthStatus.Healthy });
            return;
        }
        var probe = new HealthProbe(new Uri(new Uri(project.GetEndpoint(project.HealthCheckEndpoint)), project.HealthCheckPath));
        var everHealthy = false;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var health = await probe.CheckAsync(cancellationToken);
                everHealthy |= health == HealthStatus.Healthy;
                // Unhealthy only after having been healthy: before that the project is still starting.
                Publish(s => s.State == ResourceState.Running ? s with { Health = everHealthy ? health : null } : s);
                await Task.Delay(everHealthy ? TimeSpan.FromSeconds(5) : TimeSpan.FromMilliseconds(500), time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The process exited or the AppHost is stopping.
        }
    }

    private async Task StopProcessAsync(Process process)
    {
        Publish(s => s with { State = ResourceState.Stopping });
        await LocalProcess.StopAsync(process.Id, LocalProcess.SigTerm, StopGrace);
        await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        Publish(s => s with { ExitCode = process.HasExited ? process.ExitCode : null });
        process.Dispose();
    }
}
