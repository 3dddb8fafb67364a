using System.Text.Json.Serialization;

namespace Defis.Hosting.Orchestration;

[JsonConverter(typeof(JsonStringEnumConverter<ResourceState>))]
public enum ResourceState
{
    NotStarted,
    Waiting,
    Starting,
    Running,
    Exited,
    FailedToStart,
    Stopping,
    Finished,
}

[JsonConverter(typeof(JsonStringEnumConverter<HealthStatus>))]
public enum HealthStatus
{
    Healthy,
    Unhealthy,
}

/// <summary>What the console table and the state file show of one resource at one moment.</summary>
public sealed record ResourceSnapshot(string Name, string Type)
{
    public ResourceState State { get; init; } = ResourceState.NotStarted;

    public HealthStatus? Health { get; init; }

    public int? Pid { get; init; }

    public int Restarts { get; init; }

    public int? ExitCode { get; init; }

    public IReadOnlyDictionary<string, string> Urls { get; init; } = new Dictionary<string, string>();

    /// <summary>Every port the resource binds, by name: nothing may stay bound after shutdown.</summary>
    public IReadOnlyDictionary<string, int> Ports { get; init; } = new Dictionary<string, int>();

    /// <summary>What identifies its process in /proc/{pid}/cmdline (to stop it if a killed AppHost left it behind).</summary>
    public string? CommandMarker { get; init; }

    public string? LogFile { get; init; }

    /// <summary>When its current process started (uptime on the dashboard).</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>The environment its current process got; shown masked by the dashboard, never written to the state file.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    [JsonIgnore]
    public bool IsHealthy => State == ResourceState.Running && Health == HealthStatus.Healthy;
}
