using System.Reflection;
using System.Runtime.Versioning;

namespace Defis.AppHost;

/// <summary>
/// DCP starts a project with <c>dotnet run --project … --no-build</c>: per instance, an MSBuild evaluation (2–3 s of CPU)
/// and a second .NET process (≈ 120 MB) that only waits for the first, although the AppHost's own build has just built
/// the project. With a dozen instances on two cores that is half a minute of CPU at every start, so the built
/// executable is started directly. A project with no build output where the AppHost's configuration puts it keeps
/// <c>dotnet run</c> (decision 0018).
/// </summary>
public static class BuiltProjectLaunch
{
    public static IResourceBuilder<ProjectResource> LaunchedFromItsBuild(this IResourceBuilder<ProjectResource> project)
    {
        var projectDirectory = Path.GetDirectoryName(project.Resource.GetProjectMetadata().ProjectPath)!;
        if (BuiltExecutable(Path.Combine(projectDirectory, "bin", Configuration, TargetFramework)) is { } executable)
        {
            project.WithAnnotation(new ExecutableAnnotation { Command = executable, WorkingDirectory = projectDirectory });
        }
        return project;
    }

    /// <summary>An application's output holds one runtime configuration, its own; the executable bears its name.</summary>
    private static string? BuiltExecutable(string outputDirectory)
    {
        if (!Directory.Exists(outputDirectory))
        {
            return null;
        }
        var runtimeConfigurations = Directory.GetFiles(outputDirectory, "*.runtimeconfig.json");
        if (runtimeConfigurations.Length != 1)
        {
            return null;
        }
        var executable = runtimeConfigurations[0][..^".runtimeconfig.json".Length];
        return File.Exists(executable) ? executable : null;
    }

    /// <summary>The projects are built with the AppHost, in its configuration (Debug or Release).</summary>
    private static string Configuration =>
        typeof(BuiltProjectLaunch).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>"net10.0" for ".NETCoreApp,Version=v10.0": the whole solution targets one framework.</summary>
    private static string TargetFramework =>
        "net" + new FrameworkName(typeof(BuiltProjectLaunch).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName).Version.ToString(2);
}
