namespace Defis.Hosting.Orchestration;

/// <summary>
/// Starts each resource once everything it waits for is healthy, and stops them in reverse:
/// a resource stops only after every resource that depends on it (services, then infrastructure).
/// </summary>
public sealed class Orchestrator(IReadOnlyList<ResourceRunner> runners, ResourceNotificationService notifications)
{
    private readonly HashSet<ResourceRunner> _started = [];

    /// <summary>
    /// Completes when everything has started. On the first failure the resources still waiting give up,
    /// but starts already under way are let finish, so that stopping afterwards finds every process.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Exception? failure = null;
        await Task.WhenAll(runners.Select(async runner =>
        {
            try
            {
                await StartOneAsync(runner, abandon.Token);
            }
            catch (OperationCanceledException) when (abandon.IsCancellationRequested)
            {
                // Stopping, or another resource failed.
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
                await abandon.CancelAsync();
            }
        }));
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
        cancellationToken.ThrowIfCancellationRequested();
    }

    public async Task StopAsync()
    {
        var remaining = runners.Where(r => { lock (_started) { return _started.Contains(r); } }).ToList();
        while (remaining.Count > 0)
        {
            var wave = remaining.Where(r => !remaining.Any(other => other != r && DependsOn(other.Resource, r.Resource))).ToList();
            if (wave.Count == 0)
            {
                wave = remaining; // a cycle: stop the rest together
            }
            await Task.WhenAll(wave.Select(StopOneAsync));
            remaining.RemoveAll(wave.Contains);
        }
    }

    private async Task StartOneAsync(ResourceRunner runner, CancellationToken cancellationToken)
    {
        var dependencies = Dependencies(runner.Resource).ToList();
        if (dependencies.Count > 0)
        {
            notifications.Publish(runner.Resource.Name, s => s with { State = ResourceState.Waiting });
            await Task.WhenAll(dependencies.Select(d => notifications.WaitForResourceHealthyAsync(d.Name, cancellationToken)));
        }
        lock (_started)
        {
            _started.Add(runner);
        }
        await runner.StartAsync(cancellationToken);
    }

    private static async Task StopOneAsync(ResourceRunner runner)
    {
        try
        {
            await runner.StopAsync();
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"{runner.Resource.Name}: could not stop cleanly: {e.Message}");
        }
    }

    private static IEnumerable<IResource> Dependencies(IResource resource) => (resource as Resource)?.WaitsFor ?? [];

    /// <summary>Whether <paramref name="dependent"/> uses <paramref name="dependency"/> (waits for it or references it).</summary>
    private static bool DependsOn(IResource dependent, IResource dependency) => dependent switch
    {
        ProjectResource project => project.WaitsFor.Contains(dependency) || project.References.Contains(dependency),
        PostgresDatabaseResource database => database.Parent == dependency,
        _ => false,
    };
}
