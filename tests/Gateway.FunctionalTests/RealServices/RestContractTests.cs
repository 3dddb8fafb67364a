using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Defis.ServiceDefaults.Errors;
using Defis.ServiceDefaults.Security;
using Defis.Testing;

namespace Defis.Gateway.FunctionalTests.RealServices;

/// <summary>
/// The OpenAPI document is true to the wire: for every operation it lists, a request built only from the document
/// (path, query parameters, body schema) reaches the real service and is never refused for its shape, nor crashes it.
/// The caller holds every role, so that no access rule stops the request before its JSON is read. Each example holds
/// every field the document lists as required, at every depth, and every required query parameter.
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class RestContractTests(RealPlatform platform)
{
    private static readonly string Everyone = TestTokens.For("contrat-openapi", Roles.Applicant, Roles.Juror, Roles.PanelPresident,
        Roles.ProgrammeStaff, Roles.FinanceOfficer, Roles.Coach, Roles.MinistryPartner);

    [Fact]
    public async Task Every_operation_of_the_document_accepts_an_example_built_from_it()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var client = platform.Client(Everyone);
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json", cancellation))!.AsObject();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var refused = new List<string>();
        var withoutRequired = new List<string>();
        var operations = 0;

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (verb, operation) in item!.AsObject())
            {
                operations++;
                var name = $"{verb.ToUpperInvariant()} {path}";
                var url = Url(path, operation!, schemas);
                withoutRequired.AddRange(RequiredQueryParameters(operation!).Where(p => !url.Contains($"?{p}=", StringComparison.Ordinal) && !url.Contains($"&{p}=", StringComparison.Ordinal))
                    .Select(p => $"{name} ?{p}"));
                using var request = new HttpRequestMessage(new HttpMethod(verb.ToUpperInvariant()), url);
                if (operation!["requestBody"]?["content"]?["application/json"]?["schema"] is { } schema)
                {
                    var example = Example(schema, schemas, 0)!;
                    withoutRequired.AddRange(MissingRequired(example, schema, schemas, name + " body"));
                    request.Content = new StringContent(example.ToJsonString(), Encoding.UTF8, "application/json");
                }
                using var response = await client.SendAsync(request, cancellation);
                var body = await response.Content.ReadAsStringAsync(cancellation);
                if ((int)response.StatusCode >= 500 || (response.StatusCode == HttpStatusCode.BadRequest && body.Contains(TranscodedJsonCheck.ShapeMessage, StringComparison.Ordinal)))
                {
                    refused.Add($"{verb.ToUpperInvariant()} {path} → {(int)response.StatusCode} {body}");
                }
            }
        }

        Assert.True(operations > 50, $"only {operations} operations in the document");
        Assert.True(withoutRequired.Count == 0, $"examples missing a required field:\n{string.Join('\n', withoutRequired)}");
        Assert.Empty(refused);
    }

    private static IEnumerable<string> RequiredQueryParameters(JsonNode operation) =>
        (operation["parameters"]?.AsArray() ?? [])
            .Where(p => p!["in"]!.GetValue<string>() == "query" && p["required"]?.GetValue<bool>() == true)
            .Select(p => p!["name"]!.GetValue<string>());

    /// <summary>The required members that the example lacks, at every depth it reaches ("POST /x body.budget.lines[0].label").</summary>
    private static List<string> MissingRequired(JsonNode? example, JsonNode schema, JsonObject schemas, string at)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            schema = schemas[reference.Split('/')[^1]]!;
        }
        if (example is JsonArray items && schema["items"] is { } itemSchema)
        {
            return [.. items.SelectMany((item, i) => MissingRequired(item, itemSchema, schemas, $"{at}[{i}]"))];
        }
        if (example is not JsonObject members)
        {
            return [];
        }
        var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [];
        var properties = schema["properties"]?.AsObject() ?? new JsonObject();
        return
        [
            .. required.Where(name => members[name] is null).Select(name => $"{at}.{name}"),
            .. properties.Where(p => members[p.Key] is not null).SelectMany(p => MissingRequired(members[p.Key], p.Value!, schemas, $"{at}.{p.Key}")),
        ];
    }

    private static string Url(string path, JsonNode operation, JsonObject schemas)
    {
        var query = new List<string>();
        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
        {
            var name = parameter!["name"]!.GetValue<string>();
            if (parameter["in"]!.GetValue<string>() == "path")
            {
                path = path.Replace($"{{{name}}}", PathValue(name), StringComparison.Ordinal);
            }
            else if (Example(parameter["schema"]!, schemas, 0) is JsonValue value)
            {
                query.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value.ToString())}");
            }
        }
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    private static string PathValue(string name) =>
        name.Contains("code", StringComparison.Ordinal) ? "CB21"
        : name.Contains("reference", StringComparison.Ordinal) ? "CB21-0001"
        : name.Contains("category", StringComparison.Ordinal) ? "dossier"
        : name.Contains("number", StringComparison.Ordinal) ? "1"
        : Guid.CreateVersion7().ToString();

    /// <summary>A value of the schema's type; the first real value of an enum; one item per list; nested messages to a small depth.</summary>
    private static JsonNode? Example(JsonNode schema, JsonObject schemas, int depth)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return depth > 8 || schemas[reference.Split('/')[^1]] is not { } target ? null : Example(target, schemas, depth + 1);
        }
        if (schema["enum"] is JsonArray values)
        {
            return JsonValue.Create(values.Select(v => v!.GetValue<string>()).FirstOrDefault(v => !v.EndsWith("_UNSPECIFIED", StringComparison.Ordinal)) ?? values[0]!.GetValue<string>());
        }
        var type = schema["type"] is JsonArray types ? types[0]!.GetValue<string>() : schema["type"]?.GetValue<string>();
        return type switch
        {
            "object" when schema["properties"] is JsonObject properties => new JsonObject(properties
                .Select(p => KeyValuePair.Create(p.Key, Example(p.Value!, schemas, depth + 1)))
                .Where(p => p.Value is not null)),
            "object" => new JsonObject(),
            "array" => Example(schema["items"]!, schemas, depth + 1) is { } item ? new JsonArray(item) : new JsonArray(),
            "integer" => JsonValue.Create(1),
            "number" => JsonValue.Create(1.5),
            "boolean" => JsonValue.Create(false),
            "string" when schema["format"]?.GetValue<string>() == "date-time" => JsonValue.Create("2026-12-03T09:30:00Z"),
            "string" when schema["contentEncoding"] is not null => JsonValue.Create("ZXhlbXBsZQ=="),
            "string" => JsonValue.Create("exemple"),
            _ => null,
        };
    }
}
