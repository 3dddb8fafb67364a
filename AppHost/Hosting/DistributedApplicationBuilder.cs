using Defis.Hosting.Orchestration;

namespace Defis.Hosting;

/// <summary>Collects the resources of AppHost/Program.cs; Build() turns them into a runnable application.</summary>
public sealed class DistributedApplicationBuilder(string[] args, BuildInfo build) : IDistributedApplicationBuilder
{
    private readonly List<IResource> _resources = [];

    public string AppHostDirectory => build.AppHostDirectory;

    public IReadOnlyList<IResource> Resources => _resources;

    public IResourceBuilder<T> AddResource<T>(T resource) where T : IResource
    {
        if (_resources.Any(r => string.Equals(r.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' already exists.");
        }
        _resources.Add(resource);
        return new ResourceBuilder<T>(this, resource);
    }

    public DistributedApplication Build() => new(_resources, args, build);
}
