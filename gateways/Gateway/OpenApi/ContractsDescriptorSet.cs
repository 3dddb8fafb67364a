using Google.Protobuf.Reflection;

namespace Defis.Gateway.OpenApi;

/// <summary>
/// The descriptor set that Defis.Contracts embeds at build time: the same protos as the generated code, with their
/// comments (SourceCodeInfo), which the generated descriptors drop.
/// </summary>
public static class ContractsDescriptorSet
{
    public const string ResourceName = "Defis.Contracts.protoset";

    public static FileDescriptorSet Read()
    {
        using var stream = typeof(Defis.Contracts.Events.IntegrationEvent).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Defis.Contracts does not embed {ResourceName}: its build target ContractsDescriptorSet did not run.");
        return FileDescriptorSet.Parser.ParseFrom(stream);
    }
}
