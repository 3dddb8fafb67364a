using System.Reflection;

namespace Defis.Architecture.Tests;

/// <summary>The platform's assemblies by layer, loaded from this test's output (every project is referenced).</summary>
public static class Layers
{
    public static readonly string[] Services = ["Submission", "Jury", "Funding", "Accompaniment", "Notification", "Correspondence"];

    public static Assembly Service(string name) => Assembly.Load($"Defis.{name}");

    public static Assembly Domain(string service) => Assembly.Load($"Defis.{service}.Domain");

    public static Assembly SharedKernel => Assembly.Load("Defis.SharedKernel");

    public static Assembly ServiceDefaults => Assembly.Load("Defis.ServiceDefaults");

    public static Assembly ServiceInfrastructure => Assembly.Load("Defis.ServiceInfrastructure");

    public static IEnumerable<string> References(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name!);

    /// <summary>
    /// The libraries ("Name/Version") a project's build ships, from its deps.json beside this test's own output
    /// (same configuration and framework).
    /// </summary>
    public static IReadOnlyList<string> ShippedLibraries(string projectFolder, string assemblyName)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        var root = output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var depsFile = Path.Combine(root, projectFolder, "bin", configuration, framework, assemblyName + ".deps.json");
        using var deps = System.Text.Json.JsonDocument.Parse(File.ReadAllText(depsFile));
        return [.. deps.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name)];
    }

    public static TheoryData<string> ServiceNames() => [.. Services];
}
