using NetArchTest.Rules;

namespace Defis.Architecture.Tests;

/// <summary>The portal reaches the platform through the gateway only, with the SDK (decision 0026): never a service's gRPC door.</summary>
public sealed class PortalTests
{
    [Fact]
    public void The_portal_calls_no_grpc_client()
    {
        var result = Types.InAssembly(System.Reflection.Assembly.Load("Defis.Portal"))
            .ShouldNot().HaveDependencyOnAny("Grpc.Net.Client", "Grpc.Core", "Grpc.Net.ClientFactory")
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_portal_uses_the_sdk() =>
        Assert.Contains("Defis.Client", Layers.References(System.Reflection.Assembly.Load("Defis.Portal")));
}
