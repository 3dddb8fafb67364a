using System.Diagnostics;
using Defis.Dashboard.Resources;
using Defis.LocalServers;

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
    private readonly System.Threading.Channels.Channel<ResourceCommand> _commands = System.Threading.Channels.Channel.CreateUnbounded<ResourceCommand>();
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
        var environment = launch.Environment();
        var process = LocalProcess.Start(new LocalProcessStart(launch.Command, data.LogFile(project.Name))
        {
            WorkingDirectory = output.WorkingDirectory,
            Environment = environment,
            RemovedVariables = ProjectLaunch.RemovedVariables(),
        });
        Publish(s => s with
        {
            State = ResourceState.Running, Pid = process.Id, ExitCode = null, CommandMarker = output.Assembly,
            StartedAt = time.GetUtcNow(), Environment = environment,
            Ports = project.EndpointUrls.ToDictionary(e => e.Key, e => new Uri(e.Value).Port),
        });
        return process;
    }

    /// <summary>Start, stop or restart asked from the dashboard; applied by the run loop, one at a time.</summary>
    public override string? Request(ResourceCommand command)
    {
        var running = Notifications.Snapshots.Single(s => s.Name == project.Name).Pid is not null;
        if (running == (command == ResourceCommand.Start))
        {
            return running ? $"{project.Name} tourne déjà." : $"{project.Name} est déjà arrêté.";
        }
        return _commands.Writer.TryWrite(command) ? null : $"{project.Name} s'arrête.";
    }

    public override IReadOnlyList<ResourceCommand> Commands(ResourceSnapshot snapshot) =>
        snapshot.Pid is null ? [ResourceCommand.Start] : [ResourceCommand.Stop, ResourceCommand.Restart];

    private async Task RunAsync(Process? process, CancellationToken stopping)
    {
        var crashes = 0;
        var restarts = 0;
        while (true)
        {
            if (process is null)
            {
                // Stopped from the dashboard: only a start (or the AppHost stopping) moves on.
                if (await NextCommandAsync(stopping) is not (ResourceCommand.Start or ResourceCommand.Restart))
                {
                    return;
                }
                process = Launch();
                continue;
            }
            var startedAt = time.GetTimestamp();
            using var instance = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            var probing = ProbeAsync(instance.Token);
            var exited = process.WaitForExitAsync(instance.Token);
            var commanded = _commands.Reader.ReadAsync(instance.Token).AsTask();
            var first = await Task.WhenAny(exited, commanded);
            await instance.CancelAsync();
            await probing;
            await Task.WhenAll(exited, commanded).ContinueWith(_ => { }, TaskScheduler.Default);
            if (stopping.IsCancellationRequested)
            {
                await StopProcessAsync(process);
                return;
            }
            if (first == commanded && commanded.IsCompletedSuccessfully && !process.HasExited)
            {
                if (commanded.Result == ResourceCommand.Start)
                {
                    continue; // asked while it was waiting to be restarted after a crash: it runs now
                }
                await StopProcessAsync(process);
                process = null;
                if (commanded.Result == ResourceCommand.Restart)
                {
                    Publish(s => s with { Restarts = ++restarts });
                    process = Launch();
                }
                else
                {
                    Publish(s => s with { State = ResourceState.Finished, Health = null, Pid = null });
                }
                continue;
            }
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

    private async Task<ResourceCommand?> NextCommandAsync(CancellationToken stopping)
    {
        try
        {
            return await _commands.Reader.ReadAsync(stopping);
        }
        catch (OperationCanceledException)
        {
            return null;
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
