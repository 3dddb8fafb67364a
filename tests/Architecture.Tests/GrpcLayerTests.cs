using NetArchTest.Rules;

namespace Defis.Architecture.Tests;

/// <summary>
/// The gRPC layer is the top of a service: endpoints call down into persistence, the domain and the outgoing events,
/// never the other way. Consumers, seeders, schedulers and persistence run without a caller and must not need it.
/// Only the wiring (<c>Extensions</c>, <c>Program</c>) maps the endpoints.
/// </summary>
public sealed class GrpcLayerTests
{
    [Theory]
    [MemberData(nameof(Layers.ServiceNames), MemberType = typeof(Layers))]
    public void Nothing_below_the_grpc_layer_uses_it(string service)
    {
        var grpc = $"Defis.{service}.Grpc";

        var result = Types.InAssembly(Layers.Service(service))
            .That().DoNotResideInNamespace(grpc)
            .ShouldNot().HaveDependencyOn(grpc)
            .GetResult();

        var failing = result.FailingTypeNames ?? [];
        // The wiring does map the endpoints: seeing it proves the rule sees dependencies at all.
        Assert.Contains(failing, name => IsWiring(name, service));
        Assert.DoesNotContain(failing, name => !IsWiring(name, service));
    }

    [Theory]
    [InlineData("Submission")]
    [InlineData("Funding")]
    [InlineData("Accompaniment")]
    [InlineData("Jury")]
    public void Outgoing_events_are_built_without_consumers_or_endpoints(string service)
    {
        var outgoing = Types.InAssembly(Layers.Service(service)).That().ResideInNamespace($"Defis.{service}.Outgoing");

        var result = outgoing.ShouldNot().HaveDependencyOnAny($"Defis.{service}.Events", $"Defis.{service}.Grpc").GetResult();

        Assert.NotEmpty(outgoing.GetTypes());
        Assert.Empty(result.FailingTypeNames ?? []);
    }

    /// <summary>One way out: an endpoint changes aggregates; the events they announce are built in <c>Outgoing</c>.</summary>
    [Theory]
    [MemberData(nameof(Layers.ServiceNames), MemberType = typeof(Layers))]
    public void Endpoints_build_no_integration_event(string service)
    {
        var result = Types.InAssembly(Layers.Service(service)).That().ResideInNamespace($"Defis.{service}.Grpc")
            .ShouldNot().HaveDependencyOn("Defis.Contracts.Events")
            .GetResult();

        Assert.Empty(result.FailingTypeNames ?? []);
    }

    [Theory]
    [MemberData(nameof(Layers.ServiceNames), MemberType = typeof(Layers))]
    public void The_domain_uses_neither_persistence_nor_messaging(string service)
    {
        var result = Types.InAssembly(Layers.Domain(service))
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "MassTransit", "Grpc", "Google.Protobuf", "Npgsql",
                "Microsoft.AspNetCore", "Defis.Contracts", "Defis.ServiceDefaults")
            .GetResult();

        Assert.Empty(result.FailingTypeNames ?? []);
    }

    private static bool IsWiring(string typeName, string service) =>
        typeName.StartsWith($"Defis.{service}.Extensions", StringComparison.Ordinal) || typeName.StartsWith("Program", StringComparison.Ordinal);
}
