using System.Reflection;
using System.Text.Json.Nodes;
using Defis.Gateway.OpenApi;
using Google.Api;
using Google.Protobuf.Reflection;

namespace Defis.Gateway.FunctionalTests;

/// <summary>
/// The OpenAPI document carries the API reference written in the protos: descriptions from their comments (read from
/// the descriptor set Defis.Contracts embeds at build time) and required lists from (google.api.field_behavior) = REQUIRED.
/// </summary>
public sealed class OpenApiDocumentTests
{
    private static readonly JsonObject Document = RestSurfaceDocument.Build();
    private static readonly JsonObject Schemas = Document["components"]!["schemas"]!.AsObject();

    [Fact]
    public void The_embedded_descriptor_set_is_the_one_the_contracts_were_compiled_from()
    {
        var embedded = ContractsDescriptorSet.Read().File.ToDictionary(f => f.Name);
        var compiled = ContractFiles().ToList();

        Assert.True(compiled.Count > 10, $"only {compiled.Count} contract files");
        Assert.All(compiled, file =>
        {
            Assert.True(embedded.TryGetValue(file.Name, out var withComments), $"{file.Name} is missing from {ContractsDescriptorSet.ResourceName}");
            var withoutComments = withComments.Clone();
            withoutComments.SourceCodeInfo = null;
            Assert.True(WithoutJsonNames(FileDescriptorProto.Parser.ParseFrom(file.SerializedData)).Equals(WithoutJsonNames(withoutComments)),
                $"{file.Name} differs from its copy in {ContractsDescriptorSet.ResourceName}: the descriptor set is stale");
            Assert.NotEmpty(withComments.SourceCodeInfo.Location);
        });
    }

    [Fact]
    public void Every_operation_has_the_description_of_its_rpc()
    {
        var operations = Operations().ToList();

        Assert.True(operations.Count > 50, $"only {operations.Count} operations");
        var undescribed = operations.Where(o => string.IsNullOrWhiteSpace(o.Operation["description"]?.GetValue<string>())).Select(o => o.Name).ToList();
        Assert.True(undescribed.Count == 0, $"operations whose rpc has no comment:\n{string.Join('\n', undescribed)}");
        Assert.Equal("Starts a dossier in Draft for the caller, who becomes its lead editor.",
            Operation("post", "/api/v1/dossiers")["description"]!.GetValue<string>());
    }

    [Fact]
    public void Every_field_of_a_request_with_a_proto_comment_has_it_as_description()
    {
        var comments = ProtoComments.From(ContractsDescriptorSet.Read());
        var missing = new List<string>();
        var described = 0;
        foreach (var request in RequestMessages())
        {
            var properties = Schemas[request.FullName]!["properties"]!.AsObject();
            foreach (var field in request.Fields.InDeclarationOrder())
            {
                if (comments.Of(field) is { } comment)
                {
                    described++;
                    if (properties[field.JsonName]?["description"]?.GetValue<string>() != comment)
                    {
                        missing.Add(field.FullName);
                    }
                }
            }
        }

        Assert.True(described > 50, $"only {described} request fields have a comment");
        Assert.Empty(missing);
        Assert.Equal("Code of the programme (call), e.g. \"CB21\".", Property("defis.submission.v1.CreateDossierRequest", "programmeCode")["description"]!.GetValue<string>());
    }

    [Fact]
    public void Every_field_a_client_sends_in_a_body_or_a_query_has_a_comment_in_its_proto()
    {
        var comments = ProtoComments.From(ContractsDescriptorSet.Read());
        var undescribed = RestMethods()
            .SelectMany(m => SentFields(m.Method, m.Rule))
            .Where(field => comments.Of(field) is null)
            .Select(field => field.FullName)
            .Distinct()
            .ToList();

        Assert.True(undescribed.Count == 0, $"fields without a comment in their proto:\n{string.Join('\n', undescribed)}");
    }

    [Theory]
    [InlineData("defis.submission.v1.CreateDossierRequest", new[] { "programmeCode", "title", "leadStructureName", "leadStructureType", "contactEmail" })]
    [InlineData("defis.submission.v1.DossierContent", new[] { "title", "leadStructure", "contactEmail" })]
    [InlineData("defis.submission.v1.CreateProgrammeRequest", new[] { "terms" })]
    [InlineData("defis.submission.v1.ProgrammeTerms", new[] { "code", "title", "opensAt", "closesAt", "phases", "applicationPhase", "envelopeCents", "themes", "allowedLeadTypes" })]
    [InlineData("defis.funding.v1.AdjustGrantRequest", new[] { "amountCents", "reason" })]
    public void Known_requests_list_their_required_fields(string message, string[] required)
    {
        var listed = Schemas[message]!["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToList() ?? [];

        Assert.Equal(required, listed);
        Assert.All(listed, name => Assert.NotNull(Schemas[message]!["properties"]![name]));
    }

    [Fact]
    public void Fields_set_only_by_the_services_are_read_only()
    {
        Assert.True(Property("defis.submission.v1.Dossier", "reference")["readOnly"]?.GetValue<bool>());
    }

    /// <summary>protoc writes each field's JSON name into a descriptor set, not into the generated code's descriptors.</summary>
    private static FileDescriptorProto WithoutJsonNames(FileDescriptorProto file)
    {
        var messages = new Stack<DescriptorProto>(file.MessageType);
        while (messages.TryPop(out var message))
        {
            foreach (var field in message.Field)
            {
                field.ClearJsonName();
            }
            foreach (var nested in message.NestedType)
            {
                messages.Push(nested);
            }
        }
        return file;
    }

    private static IEnumerable<FileDescriptor> ContractFiles() =>
        typeof(Defis.Contracts.Events.IntegrationEvent).Assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static))
            .Where(p => p?.PropertyType == typeof(FileDescriptor))
            .Select(p => (FileDescriptor)p!.GetValue(null)!)
            .Where(f => f.Package.StartsWith("defis.", StringComparison.Ordinal));

    private static IEnumerable<(MethodDescriptor Method, HttpRule Rule)> RestMethods() => ContractFiles()
        .SelectMany(f => f.Services).SelectMany(s => s.Methods)
        .Select(m => (Method: m, Rule: m.GetOptions()?.GetExtension(AnnotationsExtensions.Http)))
        .Where(m => m.Rule is not null)
        .Select(m => (m.Method, m.Rule!));

    /// <summary>The request messages of the REST routes, with the message a body field stands for.</summary>
    private static IEnumerable<MessageDescriptor> RequestMessages() => RestMethods()
        .SelectMany(m => new[] { m.Method.InputType, RestSurfaceDocument.BodyOf(m.Method.InputType, m.Rule.Body) })
        .OfType<MessageDescriptor>()
        .DistinctBy(m => m.FullName);

    /// <summary>The fields a client fills in the body or the query string: all the request's but those of the path.</summary>
    private static IEnumerable<FieldDescriptor> SentFields(MethodDescriptor method, HttpRule rule)
    {
        var template = rule.Get + rule.Post + rule.Put + rule.Patch + rule.Delete;
        var outsidePath = method.InputType.Fields.InDeclarationOrder().Where(f => !template.Contains($"{{{f.Name}", StringComparison.Ordinal));
        return rule.Body is "" or "*"
            ? outsidePath
            : outsidePath.Where(f => f.Name != rule.Body).Concat(RestSurfaceDocument.BodyOf(method.InputType, rule.Body)!.Fields.InDeclarationOrder());
    }

    private static IEnumerable<(string Name, JsonObject Operation)> Operations() =>
        Document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(verb => ($"{verb.Key.ToUpperInvariant()} {path.Key}", verb.Value!.AsObject())));

    private static JsonObject Operation(string verb, string path) => Document["paths"]![path]![verb]!.AsObject();

    private static JsonObject Property(string message, string name) => Schemas[message]!["properties"]![name]!.AsObject();
}
