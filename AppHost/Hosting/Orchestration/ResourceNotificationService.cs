namespace Defis.Hosting.Orchestration;

/// <summary>The current snapshot of every resource; runners publish, the console and the state file listen.</summary>
public sealed class ResourceNotificationService
{
    private readonly object _gate = new();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, ResourceSnapshot> _snapshots = [];
    private readonly Dictionary<string, TaskCompletionSource> _healthy = [];

    /// <summary>Raised (under a lock, in order) with the previous and the new snapshot.</summary>
    public event Action<ResourceSnapshot?, ResourceSnapshot>? Changed;

    public IReadOnlyList<ResourceSnapshot> Snapshots
    {
        get
        {
            lock (_gate)
            {
                return [.. _order.Select(n => _snapshots[n])];
            }
        }
    }

    public void Register(ResourceSnapshot snapshot)
    {
        lock (_gate)
        {
            _order.Add(snapshot.Name);
            _snapshots[snapshot.Name] = snapshot;
            _healthy[snapshot.Name] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Publish(string name, Func<ResourceSnapshot, ResourceSnapshot> update)
    {
        lock (_gate)
        {
            var previous = _snapshots[name];
            var next = update(previous);
            if (next == previous)
            {
                return;
            }
            _snapshots[name] = next;
            if (next.IsHealthy)
            {
                _healthy[name].TrySetResult();
            }
            Changed?.Invoke(previous, next);
        }
    }

    /// <summary>Completes the first time the resource is running and healthy.</summary>
    public Task WaitForResourceHealthyAsync(string name, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _healthy[name].Task.WaitAsync(cancellationToken);
        }
    }
}
