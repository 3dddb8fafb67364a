namespace Defis.Hosting;

/// <summary>A .NET project launched from its build output.</summary>
public sealed class ProjectResource(string name, string projectPath)
    : Resource(name), IResourceWithEnvironment, IResourceWithWaitSupport, IResourceWithServiceDiscovery
{
    /// <summary>Absolute path of the .csproj.</summary>
    public string ProjectPath => projectPath;

    internal List<IResource> References { get; } = [];

    internal List<(string Name, Func<string> Value)> EnvironmentVariables { get; } = [];

    internal string? HealthCheckPath { get; set; }

    internal string HealthCheckEndpoint { get; set; } = "http";

    /// <summary>Endpoint name to allocated URL, set by the engine before launch.</summary>
    internal Dictionary<string, string> EndpointUrls { get; } = [];

    public string GetEndpoint(string endpointName) =>
        EndpointUrls.TryGetValue(endpointName, out var url) ? url : throw new InvalidOperationException($"{Name} has no endpoint '{endpointName}'.");
}
