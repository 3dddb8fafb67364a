namespace Defis.Hosting;

/// <summary>AddProject, WithReference, WaitFor, WithEnvironment, WithHttpHealthCheck: Aspire's names and shapes.</summary>
public static class ProjectBuilderExtensions
{
    /// <summary>A project by its path relative to the AppHost's folder, as Aspire's AddProject(name, projectPath).</summary>
    public static IResourceBuilder<ProjectResource> AddProject(this IDistributedApplicationBuilder builder, string name, string projectPath) =>
        builder.AddResource(new ProjectResource(name, Path.GetFullPath(Path.Combine(builder.AppHostDirectory, projectPath))));

    /// <summary>Passes ConnectionStrings__{name}.</summary>
    public static IResourceBuilder<ProjectResource> WithReference(this IResourceBuilder<ProjectResource> builder, IResourceBuilder<IResourceWithConnectionString> source)
    {
        builder.Resource.References.Add(source.Resource);
        return builder;
    }

    /// <summary>Passes services__{name}__{endpoint}__0 for each of the source's endpoints.</summary>
    public static IResourceBuilder<ProjectResource> WithReference(this IResourceBuilder<ProjectResource> builder, IResourceBuilder<IResourceWithServiceDiscovery> source)
    {
        builder.Resource.References.Add(source.Resource);
        return builder;
    }

    /// <summary>Starts the resource only once <paramref name="dependency"/> is healthy.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> dependency)
        where T : Resource, IResourceWithWaitSupport
    {
        builder.Resource.WaitsFor.Add(dependency.Resource);
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> builder, string name, string value)
    {
        builder.Resource.EnvironmentVariables.Add((name, () => value));
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> builder, string name, IResourceBuilder<ParameterResource> parameter)
    {
        builder.Resource.EnvironmentVariables.Add((name, parameter.Resource.GetValue));
        return builder;
    }

    /// <summary>Healthy when GET {endpoint}{path} answers 2xx.</summary>
    public static IResourceBuilder<ProjectResource> WithHttpHealthCheck(this IResourceBuilder<ProjectResource> builder, string? path = null, string? endpointName = null)
    {
        builder.Resource.HealthCheckPath = path ?? "/";
        builder.Resource.HealthCheckEndpoint = endpointName ?? "http";
        return builder;
    }
}
