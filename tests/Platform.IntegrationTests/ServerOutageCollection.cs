namespace Defis.Platform.IntegrationTests;

/// <summary>Tests that stop and restart the shared servers run alone, after every other test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServerOutageCollection
{
    public const string Name = "server outages";
}
