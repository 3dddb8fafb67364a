namespace Defis.Gateway.FunctionalTests.RealServices;

/// <summary>The tests that need the real services behind the gateway share one platform and one data set.</summary>
[CollectionDefinition(Name)]
public sealed class RealServicesCollection : ICollectionFixture<RealPlatform>
{
    public const string Name = "real-services";
}
