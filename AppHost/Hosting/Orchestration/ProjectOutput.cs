using System.Text.Json;
using System.Xml.Linq;

namespace Defis.Hosting.Orchestration;

/// <summary>Where a project's build output is, and the Kestrel endpoints its appsettings.json declares.</summary>
public sealed record ProjectOutput(string DotNet, string Assembly, string WorkingDirectory, IReadOnlyList<string> Endpoints)
{
    public static ProjectOutput Locate(ProjectResource project, BuildInfo build)
    {
        var directory = Path.GetDirectoryName(project.ProjectPath)!;
        if (!File.Exists(project.ProjectPath))
        {
            throw new InvalidOperationException($"{project.Name}: project {project.ProjectPath} not found.");
        }
        var assemblyName = XDocument.Load(project.ProjectPath).Descendants("AssemblyName").LastOrDefault()?.Value
            ?? Path.GetFileNameWithoutExtension(project.ProjectPath);
        var assembly = Path.Combine(directory, "bin", build.Configuration, build.TargetFramework, assemblyName + ".dll");
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException(
                $"{project.Name} has not been built ({assembly} is missing). Build the AppHost, which builds every project: " +
                $"dotnet build AppHost -c {build.Configuration} (./defis run does it).");
        }
        return new(build.DotNet, assembly, directory, KestrelEndpoints(directory));
    }

    /// <summary>Kestrel:Endpoints names, as Aspire reads them to give each endpoint its own port.</summary>
    private static IReadOnlyList<string> KestrelEndpoints(string directory)
    {
        var settings = Path.Combine(directory, "appsettings.json");
        if (!File.Exists(settings))
        {
            return ["http"];
        }
        using var document = JsonDocument.Parse(File.ReadAllText(settings), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.TryGetProperty("Kestrel", out var kestrel) && kestrel.TryGetProperty("Endpoints", out var endpoints)
            ? [.. endpoints.EnumerateObject().Select(e => e.Name)]
            : ["http"];
    }
}
