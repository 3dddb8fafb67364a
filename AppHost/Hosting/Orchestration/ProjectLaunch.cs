using System.Collections;
using System.Security.Cryptography;

namespace Defis.Hosting.Orchestration;

/// <summary>
/// The command and environment a project runs with: exactly what an Aspire AppHost gives it, so a
/// service runs unchanged under either.
/// </summary>
public sealed class ProjectLaunch(ProjectResource project, ProjectOutput output, AppHostOptions options)
{
    /// <summary>Inherited variables that would otherwise leak the AppHost's own settings into a project.</summary>
    private static readonly string[] OwnPrefixes = ["ConnectionStrings__", "services__", "Kestrel__", "OTEL_", "Parameters__", "DOTNET_DASHBOARD_"];

    public string Command => $"{Defis.LocalServers.LocalProcess.Quote(output.DotNet)} {Defis.LocalServers.LocalProcess.Quote(output.Assembly)}";

    public IReadOnlyDictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>();
        foreach (var reference in project.References)
        {
            AddReference(environment, reference);
        }
        foreach (var (endpoint, url) in project.EndpointUrls)
        {
            environment[$"Kestrel__Endpoints__{endpoint}__Url"] = url;
        }
        if (project.EndpointUrls.TryGetValue("http", out var http))
        {
            environment["ASPNETCORE_URLS"] = http;
        }
        environment["ASPNETCORE_ENVIRONMENT"] = options.Environment;
        environment["OTEL_SERVICE_NAME"] = project.Name;
        environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = options.OtlpEndpoint;
        environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc";
        if (options.OtlpApiKey is { Length: > 0 } apiKey)
        {
            environment["OTEL_EXPORTER_OTLP_HEADERS"] = $"x-otlp-api-key={apiKey}";
        }
        environment["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={project.Name}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        foreach (var (name, value) in project.EnvironmentVariables)
        {
            environment[name] = value();
        }
        return environment;
    }

    public static IReadOnlyCollection<string> RemovedVariables() =>
    [
        .. System.Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().Select(e => (string)e.Key)
            .Where(key => key == "ASPNETCORE_URLS" || OwnPrefixes.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase))),
    ];

    private static void AddReference(Dictionary<string, string> environment, IResource reference)
    {
        switch (reference)
        {
            case IResourceWithConnectionString withConnectionString:
                environment[$"ConnectionStrings__{reference.Name}"] = withConnectionString.GetConnectionString();
                break;
            case ProjectResource service:
                foreach (var (endpoint, url) in service.EndpointUrls)
                {
                    environment[$"services__{service.Name}__{endpoint}__0"] = url;
                }
                break;
        }
    }
}
