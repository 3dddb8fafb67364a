namespace Defis.Hosting;

// The shapes of Aspire.Hosting's application model, so AppHost/Program.cs reads the same against
// either engine. Only what the Défis topology uses is here.

public interface IResource
{
    string Name { get; }
}

/// <summary>A resource clients reach through ConnectionStrings__{name}.</summary>
public interface IResourceWithConnectionString : IResource
{
    /// <summary>The connection string once the resource runs (or as configured for an existing server).</summary>
    string GetConnectionString();
}

public interface IResourceWithEnvironment : IResource;

public interface IResourceWithWaitSupport : IResource;

public interface IResourceWithEndpoints : IResource;

/// <summary>A resource others find through services__{name}__{endpoint}__0.</summary>
public interface IResourceWithServiceDiscovery : IResourceWithEndpoints;

public interface IResourceBuilder<out T> where T : IResource
{
    IDistributedApplicationBuilder ApplicationBuilder { get; }

    T Resource { get; }
}

public interface IDistributedApplicationBuilder
{
    /// <summary>The AppHost project's folder: project paths are relative to it.</summary>
    string AppHostDirectory { get; }

    IReadOnlyList<IResource> Resources { get; }

    IResourceBuilder<T> AddResource<T>(T resource) where T : IResource;

    DistributedApplication Build();
}
