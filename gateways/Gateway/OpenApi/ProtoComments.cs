using Google.Protobuf.Reflection;

namespace Defis.Gateway.OpenApi;

/// <summary>
/// The leading comment of each service, method, message, enum and field of the contracts, by full name
/// ("defis.submission.v1.CreateDossierRequest.title"): the API reference written in the protos.
/// </summary>
public sealed class ProtoComments(IReadOnlyDictionary<string, string> byName)
{
    public static ProtoComments From(FileDescriptorSet set)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in set.File)
        {
            foreach (var location in file.SourceCodeInfo?.Location ?? [])
            {
                if (!string.IsNullOrWhiteSpace(location.LeadingComments) && NameOf(file, [.. location.Path]) is { } name)
                {
                    byName[name] = Text(location.LeadingComments);
                }
            }
        }
        return new ProtoComments(byName);
    }

    public string? Of(IDescriptor element) => byName.GetValueOrDefault(element.FullName);

    // Paths of SourceCodeInfo are field numbers and indexes in descriptor.proto: a file's message_type is 4, enum_type 5,
    // service 6; a message's field is 2, nested_type 3, enum_type 4; a service's method is 2.
    private static string? NameOf(FileDescriptorProto file, int[] path) => path switch
    {
        [4, var m, .. var rest] => InMessage(file.MessageType[m], file.Package, rest),
        [5, var e] => $"{file.Package}.{file.EnumType[e].Name}",
        [6, var s] => $"{file.Package}.{file.Service[s].Name}",
        [6, var s, 2, var m] => $"{file.Package}.{file.Service[s].Name}.{file.Service[s].Method[m].Name}",
        _ => null,
    };

    private static string? InMessage(DescriptorProto message, string scope, int[] path)
    {
        var name = $"{scope}.{message.Name}";
        return path switch
        {
            [] => name,
            [2, var f] => $"{name}.{message.Field[f].Name}",
            [3, var n, .. var rest] => InMessage(message.NestedType[n], name, rest),
            [4, var e] => $"{name}.{message.EnumType[e].Name}",
            _ => null,
        };
    }

    /// <summary>One paragraph per run of comment lines, the lines of a paragraph joined by spaces.</summary>
    private static string Text(string comment) => string.Join("\n\n", comment
        .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(paragraph => string.Join(' ', paragraph.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))));
}
