namespace Defis.Gateway.FunctionalTests;

/// <summary>All gateway tests share one platform (two gateways, identity, fake services): starting it is the costly part.</summary>
[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayPlatform>
{
    public const string Name = "gateway";
}
