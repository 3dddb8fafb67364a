namespace Defis.Architecture.Tests;

/// <summary>
/// Dependencies point down: a domain knows nothing but the shared kernel and .NET itself, and no service reaches into
/// another — they meet only through the contracts (protos and integration events).
/// </summary>
public sealed class DependencyTests
{
    [Theory]
    [MemberData(nameof(Layers.ServiceNames), MemberType = typeof(Layers))]
    public void A_domain_references_only_the_shared_kernel_and_the_base_library(string service)
    {
        var foreign = Layers.References(Layers.Domain(service)).Where(name => !IsBaseLibrary(name) && name != "Defis.SharedKernel");

        Assert.Empty(foreign);
    }

    [Fact]
    public void The_shared_kernel_references_only_the_base_library() =>
        Assert.DoesNotContain(Layers.References(Layers.SharedKernel), name => !IsBaseLibrary(name));

    [Theory]
    [MemberData(nameof(Layers.ServiceNames), MemberType = typeof(Layers))]
    public void A_service_references_no_other_service(string service)
    {
        var others = Layers.Services.Where(other => other != service)
            .SelectMany(other => new[] { $"Defis.{other}", $"Defis.{other}.Domain" });

        Assert.Empty(Layers.References(Layers.Service(service)).Intersect(others));
    }

    [Theory]
    [InlineData("Defis.Gateway")]
    [InlineData("Defis.Identity")]
    [InlineData("Defis.Portal")]
    public void The_doors_reference_no_service(string door)
    {
        var services = Layers.Services.SelectMany(service => new[] { $"Defis.{service}", $"Defis.{service}.Domain" });

        Assert.Empty(Layers.References(System.Reflection.Assembly.Load(door)).Intersect(services));
    }

    private static bool IsBaseLibrary(string name) => name is "System.Runtime" or "netstandard" or "mscorlib"
        || name.StartsWith("System.", StringComparison.Ordinal);
}
