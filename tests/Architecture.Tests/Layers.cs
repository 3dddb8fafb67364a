using System.Reflection;

namespace Defis.Architecture.Tests;

/// <summary>The platform's assemblies by layer, loaded from this test's output (every project is referenced).</summary>
public static class Layers
{
    public static readonly string[] Services = ["Submission", "Jury", "Funding", "Accompaniment", "Notification", "Correspondence"];

    public static Assembly Service(string name) => Assembly.Load($"Defis.{name}");

    public static Assembly Domain(string service) => Assembly.Load($"Defis.{service}.Domain");

    public static Assembly SharedKernel => Assembly.Load("Defis.SharedKernel");

    public static IEnumerable<string> References(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name!);

    public static TheoryData<string> ServiceNames() => [.. Services];
}
