using System.Reflection;

namespace Defis.Hosting.Orchestration;

/// <summary>
/// How the AppHost was built (its AssemblyMetadata): the projects it references were built the same
/// way, so their output is at bin/{Configuration}/{TargetFramework}/.
/// </summary>
public sealed record BuildInfo(string AppHostDirectory, string Configuration, string TargetFramework, string DotNet)
{
    public static BuildInfo FromEntryAssembly()
    {
        var assembly = Assembly.GetEntryAssembly() ?? throw new InvalidOperationException("No entry assembly.");
        var metadata = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value ?? "");
        string Required(string key) => metadata.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new InvalidOperationException($"The AppHost assembly lacks [AssemblyMetadata(\"{key}\")]: see AppHost/AppHost.csproj.");
        return new(Required("AppHostProjectPath"), Required("Configuration"), Required("TargetFramework"), FindDotNet());
    }

    private static string FindDotNet()
    {
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            return self;
        }
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "dotnet")).FirstOrDefault(File.Exists);
        return onPath ?? "dotnet";
    }
}
