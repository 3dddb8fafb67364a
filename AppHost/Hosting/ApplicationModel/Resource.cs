namespace Defis.Hosting;

/// <summary>What every resource carries: the resources it waits for before starting.</summary>
public abstract class Resource(string name) : IResource
{
    public string Name => name;

    internal List<IResource> WaitsFor { get; } = [];

    public override string ToString() => name;
}

internal sealed class ResourceBuilder<T>(IDistributedApplicationBuilder applicationBuilder, T resource) : IResourceBuilder<T>
    where T : IResource
{
    public IDistributedApplicationBuilder ApplicationBuilder => applicationBuilder;

    public T Resource => resource;
}
