namespace Defis.Architecture.Tests;

/// <summary>
/// ServiceDefaults is what Aspire means by it — telemetry, health, discovery, resilience, authentication, error
/// mapping — so identity and the gateway take nothing they do not use. Persistence and messaging live in
/// ServiceInfrastructure, which only the services with a database and events take.
/// </summary>
public sealed class SharedProjectTests
{
    private static readonly string[] PersistenceAndMessaging =
        ["Defis.ServiceInfrastructure", "Defis.Contracts", "Microsoft.EntityFrameworkCore", "Microsoft.EntityFrameworkCore.Relational",
         "Npgsql", "MassTransit", "MassTransit.Abstractions", "MassTransit.RabbitMqTransport", "StackExchange.Redis"];

    [Fact]
    public void Service_defaults_reference_no_contract_database_broker_or_cache() =>
        Assert.Empty(Layers.References(Layers.ServiceDefaults).Intersect(PersistenceAndMessaging));

    /// <summary>Documents (PDF layout, fonts, streamed files) are for the services that produce them, not every door.</summary>
    [Fact]
    public void Service_defaults_build_no_documents()
    {
        Assert.DoesNotContain(Layers.ServiceDefaults.GetTypes(), type => type.Namespace?.Contains(".Documents", StringComparison.Ordinal) == true);
        Assert.Empty(Layers.References(Layers.ServiceDefaults).Intersect(["PdfSharp", "MiniExcel"]));
    }

    /// <summary>Read from what the door ships (its deps.json), not only what its own code calls.</summary>
    [Theory]
    [InlineData("services/Identity", "Defis.Identity", new[] { "Microsoft.EntityFrameworkCore", "Npgsql", "MassTransit", "StackExchange.Redis", "Defis.ServiceInfrastructure" })]
    [InlineData("gateways/Gateway", "Defis.Gateway", new[] { "Microsoft.EntityFrameworkCore", "Npgsql", "Defis.ServiceInfrastructure" })]
    // The portal uses Redis for its replicas' shared Data Protection key ring only (SignIn/RedisKeyRing).
    [InlineData("portals/Portal", "Defis.Portal", new[] { "Microsoft.EntityFrameworkCore", "Npgsql", "MassTransit", "Defis.ServiceInfrastructure", "Yarp.ReverseProxy" })]
    public void The_doors_ship_no_package_they_do_not_use(string folder, string assembly, string[] packages)
    {
        var shipped = Layers.ShippedLibraries(folder, assembly);

        Assert.Contains(shipped, name => name.StartsWith("Defis.ServiceDefaults", StringComparison.Ordinal));
        Assert.DoesNotContain(shipped, name => packages.Any(package => name.StartsWith(package + "/", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Layers.ServiceNames), MemberType = typeof(Layers))]
    public void Every_service_keeps_its_events_and_database_through_service_infrastructure(string service) =>
        Assert.Contains("Defis.ServiceInfrastructure", Layers.References(Layers.Service(service)));

    [Fact]
    public void Service_infrastructure_references_no_service()
    {
        var services = Layers.Services.SelectMany(service => new[] { $"Defis.{service}", $"Defis.{service}.Domain" });

        Assert.Empty(Layers.References(Layers.ServiceInfrastructure).Intersect(services));
    }
}
