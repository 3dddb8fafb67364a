using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Defis.SharedKernel.Errors;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;

namespace Defis.ServiceDefaults.Errors;

/// <summary>
/// Checks a REST request's JSON against the protobuf message it stands for, before the transcoder reads it: every
/// member that is not a field of the message, and every value of the wrong kind ("1e3" or 12.345 for whole cents, a
/// number beyond its range, true for a number…), becomes a French field error named as the client spelled it. The
/// transcoder would otherwise ignore unknown members and answer malformed values in English with no field.
/// </summary>
public static class JsonShape
{
    public static void Check(JsonElement json, MessageDescriptor message, string path, FieldViolations errors)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return;
        }
        if (IsOpaque(message))
        {
            return;
        }
        if (message.FullName is "google.protobuf.Timestamp" or "google.protobuf.Duration")
        {
            CheckParsed(json, message, path, errors);
            return;
        }
        if (WrappedValue(message) is { } wrapped)
        {
            CheckScalar(json, wrapped, path, errors, fromQuery: false);
            return;
        }
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Name(path), "Un objet JSON est attendu ici.");
            return;
        }
        foreach (var member in json.EnumerateObject())
        {
            var field = message.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == member.Name || f.Name == member.Name);
            var memberPath = Join(path, member.Name);
            if (field is null)
            {
                errors.Add(memberPath, "Champ inconnu : il ne fait pas partie de cette requête (vérifiez son orthographe).");
                continue;
            }
            CheckField(member.Value, field, memberPath, errors);
        }
    }

    /// <summary>A query-string value for the field at <paramref name="fieldPath"/> (dotted proto or JSON names), if there is such a field.</summary>
    public static void CheckQueryValue(string value, MessageDescriptor message, string fieldPath, FieldViolations errors)
    {
        var field = FieldAt(message, fieldPath);
        if (field is null || field.FieldType is FieldType.Message or FieldType.Group)
        {
            return;
        }
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(value));
        CheckScalar(document.RootElement, field, fieldPath, errors, fromQuery: true);
    }

    private static FieldDescriptor? FieldAt(MessageDescriptor message, string fieldPath)
    {
        MessageDescriptor? current = message;
        FieldDescriptor? field = null;
        foreach (var name in fieldPath.Split('.'))
        {
            field = current?.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == name || f.Name == name);
            if (field is null)
            {
                return null;
            }
            current = field.FieldType == FieldType.Message ? field.MessageType : null;
        }
        return field;
    }

    private static void CheckField(JsonElement value, FieldDescriptor field, string path, FieldViolations errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return;
        }
        if (field.IsMap)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                errors.Add(path, "Un objet JSON (clé → valeur) est attendu ici.");
                return;
            }
            var valueField = field.MessageType.FindFieldByNumber(2);
            foreach (var entry in value.EnumerateObject())
            {
                CheckSingle(entry.Value, valueField, $"{path}.{entry.Name}", errors);
            }
            return;
        }
        if (field.IsRepeated)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                errors.Add(path, "Une liste JSON ([…]) est attendue ici.");
                return;
            }
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                CheckSingle(item, field, $"{path}[{index++}]", errors);
            }
            return;
        }
        CheckSingle(value, field, path, errors);
    }

    private static void CheckSingle(JsonElement value, FieldDescriptor field, string path, FieldViolations errors)
    {
        if (field.FieldType is FieldType.Message or FieldType.Group)
        {
            Check(value, field.MessageType, path, errors);
            return;
        }
        CheckScalar(value, field, path, errors, fromQuery: false);
    }

    private static void CheckScalar(JsonElement value, FieldDescriptor field, string path, FieldViolations errors, bool fromQuery)
    {
        var problem = field.FieldType switch
        {
            FieldType.Bool => BoolProblem(value, fromQuery),
            FieldType.String => value.ValueKind == JsonValueKind.String ? null : "Une chaîne de caractères est attendue ici.",
            FieldType.Bytes => BytesProblem(value),
            FieldType.Enum => EnumProblem(value, field.EnumType),
            FieldType.Double or FieldType.Float => DecimalProblem(value),
            _ => IntegerProblem(value, field.FieldType),
        };
        if (problem is not null)
        {
            errors.Add(Name(path), problem);
        }
    }

    private static string? BoolProblem(JsonElement value, bool fromQuery) =>
        value.ValueKind is JsonValueKind.True or JsonValueKind.False
        || (fromQuery && value.GetString() is "true" or "false") ? null : "true ou false est attendu ici.";

    private static string? BytesProblem(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.TryGetBytesFromBase64(out _) ? null : "Des octets encodés en base64 sont attendus ici.";

    private static string? EnumProblem(JsonElement value, EnumDescriptor type)
    {
        if ((value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _))
            || (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.String && type.FindValueByName(value.GetString()!) is not null)
        {
            return null;
        }
        var known = string.Join(", ", type.Values.Where(v => v.Number != 0).Select(v => v.Name));
        return $"Valeur inconnue ({Raw(value)}) : valeurs possibles {known}.";
    }

    private static string? DecimalProblem(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number
        || (value.ValueKind == JsonValueKind.String && (double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            || value.GetString() is "NaN" or "Infinity" or "-Infinity"))
            ? null : $"Un nombre est attendu ici (reçu : {Raw(value)}).";

    /// <summary>Whole numbers only, written plainly (no exponent, no decimals), within the field's range; as a number or a string.</summary>
    private static string? IntegerProblem(JsonElement value, FieldType type)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.String => value.GetString()!,
            _ => null,
        };
        var digits = text is not null && text.StartsWith('-') ? text[1..] : text;
        if (text is null || digits is not { Length: > 0 } || !digits.All(char.IsAsciiDigit))
        {
            return $"Un nombre entier est attendu ici, sans décimale ni exposant (reçu : {Raw(value)}).";
        }
        var (min, max) = RangeOf(type);
        var number = BigInteger.Parse(text, CultureInfo.InvariantCulture);
        return number < min || number > max ? $"Nombre hors limites : de {min} à {max} (reçu : {text})." : null;
    }

    private static (BigInteger Min, BigInteger Max) RangeOf(FieldType type) => type switch
    {
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => (int.MinValue, int.MaxValue),
        FieldType.UInt32 or FieldType.Fixed32 => (0, uint.MaxValue),
        FieldType.UInt64 or FieldType.Fixed64 => (0, ulong.MaxValue),
        _ => (long.MinValue, long.MaxValue),
    };

    /// <summary>Timestamp and Duration have their own JSON text; protobuf's own parser says whether it is one.</summary>
    private static void CheckParsed(JsonElement value, MessageDescriptor message, string path, FieldViolations errors)
    {
        try
        {
            JsonParser.Default.Parse(value.GetRawText(), message);
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or FormatException or InvalidOperationException)
        {
            var expected = message.FullName == Timestamp.Descriptor.FullName ? "un instant RFC 3339 (par exemple 2026-12-03T09:30:00Z)" : "une durée (par exemple 3600s)";
            errors.Add(Name(path), $"Valeur mal formée (reçu : {Raw(value)}) : {expected} est attendu.");
        }
    }

    /// <summary>The value field of a wrapper type (Int64Value, StringValue…), which JSON writes as the bare value.</summary>
    private static FieldDescriptor? WrappedValue(MessageDescriptor message) =>
        message.File.Package == "google.protobuf" && message.FullName.EndsWith("Value", StringComparison.Ordinal)
            && message.Fields.InDeclarationOrder() is [{ Name: "value" } value] ? value : null;

    private static bool IsOpaque(MessageDescriptor message) =>
        message.FullName is "google.protobuf.Struct" or "google.protobuf.Value" or "google.protobuf.ListValue" or "google.protobuf.Any"
            or "google.protobuf.FieldMask" or "google.protobuf.Empty";

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Name(string path) => path.Length == 0 ? "body" : path;

    private static string Raw(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length > 40 ? raw[..40] + "…" : raw;
    }
}
