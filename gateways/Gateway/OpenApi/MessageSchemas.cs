using System.Text.Json.Nodes;
using Google.Api;
using Google.Protobuf.Reflection;

namespace Defis.Gateway.OpenApi;

/// <summary>
/// JSON schemas of protobuf messages as JSON transcoding writes them: camelCase names, 64-bit integers as JSON numbers
/// (a client may also send them as strings of digits), enums by name. Descriptions are the protos' comments; fields
/// annotated (google.api.field_behavior) = REQUIRED are listed as required, OUTPUT_ONLY ones as read-only.
/// </summary>
public sealed class MessageSchemas(ProtoComments comments)
{
    public static JsonObject Reference(MessageDescriptor message) => new() { ["$ref"] = $"#/components/schemas/{message.FullName}" };

    public void Add(JsonObject schemas, MessageDescriptor message)
    {
        if (schemas.ContainsKey(message.FullName))
        {
            return;
        }
        var properties = new JsonObject();
        var schema = new JsonObject { ["type"] = "object" };
        schemas[message.FullName] = schema;
        if (WellKnown(message) is { } wellKnown)
        {
            schemas[message.FullName] = wellKnown;
            return;
        }
        if (comments.Of(message) is { } description)
        {
            schema["description"] = description;
        }
        schema["properties"] = properties;
        foreach (var field in message.Fields.InDeclarationOrder())
        {
            properties[field.JsonName] = Property(field);
            if (field.FieldType == FieldType.Message)
            {
                Add(schemas, field.MessageType);
            }
        }
        var required = message.Fields.InDeclarationOrder().Where(IsRequired).Select(f => JsonValue.Create(f.JsonName)).ToArray();
        if (required.Length > 0)
        {
            schema["required"] = new JsonArray(required);
        }
    }

    /// <summary>The field's schema with its comment, and read-only when the service alone sets it.</summary>
    public JsonNode Property(FieldDescriptor field)
    {
        var schema = Field(field);
        if (comments.Of(field) is { } description)
        {
            schema["description"] = description;
        }
        if (Behaviors(field).Contains(FieldBehavior.OutputOnly))
        {
            schema["readOnly"] = true;
        }
        return schema;
    }

    public static bool IsRequired(FieldDescriptor field) => Behaviors(field).Contains(FieldBehavior.Required);

    private static IReadOnlyList<FieldBehavior> Behaviors(FieldDescriptor field) =>
        field.GetOptions()?.GetExtension(FieldBehaviorExtensions.FieldBehavior) is { } behaviors ? behaviors : [];

    public static JsonNode Field(FieldDescriptor field)
    {
        if (field.IsMap)
        {
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = Field(field.MessageType.FindFieldByNumber(2)) };
        }
        var single = Single(field);
        return field.IsRepeated ? new JsonObject { ["type"] = "array", ["items"] = single } : single;
    }

    private static JsonNode Single(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.Message => Reference(field.MessageType),
        FieldType.Enum => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. field.EnumType.Values.Select(v => JsonValue.Create(v.Name))]) },
        FieldType.Bool => new JsonObject { ["type"] = "boolean" },
        FieldType.String => new JsonObject { ["type"] = "string" },
        FieldType.Bytes => new JsonObject { ["type"] = "string", ["contentEncoding"] = "base64" },
        FieldType.Double or FieldType.Float => new JsonObject { ["type"] = "number" },
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 or FieldType.UInt32 or FieldType.Fixed32 => new JsonObject { ["type"] = "integer" },
        // Amounts in cents: whole numbers, written as JSON numbers by the services.
        _ => new JsonObject { ["type"] = "integer", ["format"] = "int64" },
    };

    public static bool IsWellKnown(MessageDescriptor message) => WellKnown(message) is not null;

    private static JsonObject? WellKnown(MessageDescriptor message) => message.FullName switch
    {
        "google.protobuf.Timestamp" => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
        "google.protobuf.Duration" => new JsonObject { ["type"] = "string" },
        "google.protobuf.Empty" => new JsonObject { ["type"] = "object" },
        "google.protobuf.StringValue" => new JsonObject { ["type"] = new JsonArray("string", "null") },
        "google.protobuf.Int32Value" => new JsonObject { ["type"] = new JsonArray("integer", "null") },
        "google.protobuf.Int64Value" => new JsonObject { ["type"] = new JsonArray("integer", "null"), ["format"] = "int64" },
        "google.protobuf.BoolValue" => new JsonObject { ["type"] = new JsonArray("boolean", "null") },
        _ => null,
    };
}
