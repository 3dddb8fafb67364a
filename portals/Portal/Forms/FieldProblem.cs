using System.Text.Json;
using Defis.ServiceDefaults.Errors;

namespace Defis.Portal.Forms;

/// <summary>One field-level refusal of the platform: the field's JSON path (e.g. "budget.lines[0].providerCountry") and its French message.</summary>
public sealed record FieldProblem(string Field, string Message)
{
    /// <summary>
    /// The field violations of a gateway 400: the services answer in google.rpc.Status JSON (details → BadRequest →
    /// fieldViolations), the gateway's own checks in problem details (title). Paths are brought to their JSON spelling
    /// whatever the writer used, so they match the form's. Anything unreadable gives no field problem.
    /// </summary>
    public static IReadOnlyList<FieldProblem> Read(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object
                || !json.RootElement.TryGetProperty("details", out var details) || details.ValueKind != JsonValueKind.Array)
            {
                return [];
            }
            return [.. details.EnumerateArray()
                .Where(d => d.ValueKind == JsonValueKind.Object && d.TryGetProperty("fieldViolations", out var v) && v.ValueKind == JsonValueKind.Array)
                .SelectMany(d => d.GetProperty("fieldViolations").EnumerateArray())
                .Select(v => new FieldProblem(JsonFieldNames.ToJsonPath(Text(v, "field")), Text(v, "description")))
                .Where(p => p.Message.Length > 0)];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The refusal's general message ("message" of a status, "title" of problem details), if any.</summary>
    public static string? Summary(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            return root.ValueKind != JsonValueKind.Object ? null
                : Text(root, "message") is { Length: > 0 } message ? message
                : Text(root, "title") is { Length: > 0 } title ? title
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
