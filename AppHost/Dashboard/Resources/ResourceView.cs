namespace Defis.Dashboard.Resources;

/// <summary>One resource of the orchestrator as the dashboard shows it (environment not yet masked).</summary>
public sealed record ResourceView(string Name, string Type, string State)
{
    public string? Health { get; init; }

    public int? Pid { get; init; }

    public int Restarts { get; init; }

    public int? ExitCode { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public IReadOnlyDictionary<string, string> Urls { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Which of start, stop, restart the orchestrator accepts for it now.</summary>
    public IReadOnlyList<string> Commands { get; init; } = [];
}

public enum ResourceCommand
{
    Start,
    Stop,
    Restart,
}

/// <summary>Where to read RabbitMQ's queues (its management API) and each service's outbox.</summary>
public sealed record InfrastructureEndpoints(Uri? RabbitMqManagement, string RabbitMqUser, string RabbitMqPassword, IReadOnlyDictionary<string, string> OutboxDatabases)
{
    public static readonly InfrastructureEndpoints None = new(null, "", "", new Dictionary<string, string>());
}

/// <summary>What the orchestrator gives the dashboard. Without one (tests, a bare receiver) the resource pages are empty.</summary>
public interface IResourceSource
{
    IReadOnlyList<ResourceView> Resources();

    /// <summary>Null when done; otherwise why not (in French, shown to the user).</summary>
    Task<string?> ExecuteAsync(string resource, ResourceCommand command, CancellationToken cancellationToken);

    InfrastructureEndpoints Infrastructure();
}

public sealed class NoResources : IResourceSource
{
    public IReadOnlyList<ResourceView> Resources() => [];

    public Task<string?> ExecuteAsync(string resource, ResourceCommand command, CancellationToken cancellationToken) =>
        Task.FromResult<string?>($"Ressource inconnue : {resource}.");

    public InfrastructureEndpoints Infrastructure() => InfrastructureEndpoints.None;
}
