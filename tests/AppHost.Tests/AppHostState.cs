namespace Defis.AppHost.Tests;

/// <summary>The part of &lt;data&gt;/apphost.json the test reads.</summary>
public sealed record AppHostState(int AppHostPid, bool AllHealthy, double? StartupSeconds, bool Stopped, IReadOnlyList<ResourceState> Resources)
{
    public ResourceState this[string name] => Resources.Single(r => r.Name == name);
}

public sealed record ResourceState(
    string Name, string Type, string State, string? Health, int? Pid, int Restarts,
    IReadOnlyDictionary<string, string> Urls, IReadOnlyDictionary<string, int> Ports)
{
    public bool IsHealthy => State == "Running" && Health == "Healthy";
}
