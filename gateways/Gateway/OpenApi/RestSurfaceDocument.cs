using System.Reflection;
using System.Text.Json.Nodes;
using Google.Api;
using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Defis.Gateway.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document of the REST surface, read from the contracts themselves: every gRPC method with a
/// google.api.http rule is a REST operation (JSON transcoding), so the document cannot drift from what the
/// services serve. Built once, from the compiled descriptors of Defis.Contracts.
/// </summary>
public static class RestSurfaceDocument
{
    public static JsonObject Build()
    {
        var files = ContractFiles().ToList();
        var comments = ProtoComments.From(ContractsDescriptorSet.Read());
        var messageSchemas = new MessageSchemas(comments);
        var paths = new JsonObject();
        var schemas = new JsonObject();
        foreach (var service in files.SelectMany(f => f.Services).OrderBy(s => s.FullName, StringComparer.Ordinal))
        {
            foreach (var method in service.Methods)
            {
                if (method.GetOptions()?.GetExtension(AnnotationsExtensions.Http) is { } rule && Route(rule) is var (verb, path))
                {
                    var item = paths[path] as JsonObject ?? [];
                    paths[path] ??= item;
                    item[verb] = Operation(service, method, rule, path, comments);
                    messageSchemas.Add(schemas, method.InputType);
                    messageSchemas.Add(schemas, method.OutputType);
                }
            }
        }
        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "Défis — API REST",
                ["version"] = "v1",
                ["description"] = "La surface REST/JSON de la plateforme Défis derrière la passerelle. Jeton porteur obligatoire ; "
                    + "les POST acceptent un en-tête Idempotency-Key.",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject { ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" } },
            },
            ["security"] = new JsonArray(new JsonObject { ["bearer"] = new JsonArray() }),
        };
    }

    private static IEnumerable<FileDescriptor> ContractFiles() =>
        typeof(Defis.Contracts.Events.IntegrationEvent).Assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static))
            .Where(p => p?.PropertyType == typeof(FileDescriptor))
            .Select(p => (FileDescriptor)p!.GetValue(null)!)
            .Where(f => f.Services.Count > 0);

    private static (string Verb, string Path)? Route(HttpRule rule) => rule.PatternCase switch
    {
        HttpRule.PatternOneofCase.Get => ("get", rule.Get),
        HttpRule.PatternOneofCase.Post => ("post", rule.Post),
        HttpRule.PatternOneofCase.Put => ("put", rule.Put),
        HttpRule.PatternOneofCase.Patch => ("patch", rule.Patch),
        HttpRule.PatternOneofCase.Delete => ("delete", rule.Delete),
        _ => null,
    };

    private static JsonObject Operation(ServiceDescriptor service, MethodDescriptor method, HttpRule rule, string path, ProtoComments comments)
    {
        var pathParameters = PathParameters(path).ToHashSet(StringComparer.Ordinal);
        var parameters = new JsonArray();
        foreach (var name in pathParameters)
        {
            var parameter = new JsonObject { ["name"] = name, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } };
            if (FieldAt(method.InputType, name) is { } field && comments.Of(field) is { } description)
            {
                parameter["description"] = description;
            }
            parameters.Add(parameter);
        }
        var operation = new JsonObject
        {
            ["operationId"] = $"{service.Name}_{method.Name}",
            ["tags"] = new JsonArray(service.File.Package),
            ["summary"] = $"{service.Name}.{method.Name}",
            ["parameters"] = parameters,
            ["responses"] = new JsonObject
            {
                ["200"] = Json("Succès", method.OutputType),
                ["400"] = new JsonObject { ["description"] = "Requête invalide (violations par champ)" },
                ["401"] = new JsonObject { ["description"] = "Jeton absent ou invalide" },
                ["403"] = new JsonObject { ["description"] = "Rôle non autorisé" },
                ["404"] = new JsonObject { ["description"] = "Introuvable (ou non accessible à l'appelant)" },
                ["429"] = new JsonObject { ["description"] = "Trop de requêtes (voir Retry-After)" },
            },
        };
        if (comments.Of(method) is { } methodComment)
        {
            operation["description"] = methodComment;
        }
        if (method.IsClientStreaming || (method.IsServerStreaming && method.OutputType.FullName != "google.api.HttpBody"))
        {
            // The file routes the gateway serves itself (Files/): a multipart body up, raw bytes with ranges down.
            FileTransfers.Describe(operation, parameters, upload: method.IsClientStreaming);
            return operation;
        }
        var body = BodyOf(method.InputType, rule.Body);
        if (body is { } bodyMessage)
        {
            operation["requestBody"] = new JsonObject { ["required"] = true, ["content"] = Json("", bodyMessage)["content"]!.DeepClone() };
        }
        // As transcoding reads them: fields neither in the path nor in the body travel in the query string, nested ones dotted.
        if (rule.Body != "*")
        {
            var inQuery = method.InputType.Fields.InDeclarationOrder()
                .Where(f => !pathParameters.Contains(f.Name) && f.Name != rule.Body);
            foreach (var (name, field) in QueryFields(inQuery, "", depth: 0))
            {
                var parameter = new JsonObject { ["name"] = name, ["in"] = "query", ["schema"] = MessageSchemas.Field(field) };
                if (comments.Of(field) is { } description)
                {
                    parameter["description"] = description;
                }
                if (MessageSchemas.IsRequired(field) && !name.Contains('.', StringComparison.Ordinal))
                {
                    parameter["required"] = true;
                }
                parameters.Add(parameter);
            }
        }
        return operation;
    }

    /// <summary>The message a request body stands for: the whole request ("*"), one of its fields ("content"), or none.</summary>
    public static MessageDescriptor? BodyOf(MessageDescriptor request, string body) => body switch
    {
        "" => null,
        "*" => request,
        _ => request.FindFieldByName(body)?.MessageType,
    };

    private static IEnumerable<(string Name, FieldDescriptor Field)> QueryFields(IEnumerable<FieldDescriptor> fields, string prefix, int depth)
    {
        foreach (var field in fields)
        {
            var name = prefix + field.JsonName;
            if (field.FieldType == FieldType.Message && !field.IsRepeated && !MessageSchemas.IsWellKnown(field.MessageType))
            {
                if (depth < 3)
                {
                    foreach (var nested in QueryFields(field.MessageType.Fields.InDeclarationOrder(), name + ".", depth + 1))
                    {
                        yield return nested;
                    }
                }
                continue;
            }
            yield return (name, field);
        }
    }

    /// <summary>A field by its proto path, nested ones dotted ("header.dossier_id").</summary>
    private static FieldDescriptor? FieldAt(MessageDescriptor message, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0
            ? message.FindFieldByName(path)
            : message.FindFieldByName(path[..dot]) is { FieldType: FieldType.Message } parent ? FieldAt(parent.MessageType, path[(dot + 1)..]) : null;
    }

    private static IEnumerable<string> PathParameters(string path) =>
        path.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}').Split('=')[0]);

    private static JsonObject Json(string description, MessageDescriptor message) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = MessageSchemas.Reference(message) } },
    };
}
