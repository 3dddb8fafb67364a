using System.Text.Json;

namespace Defis.Platform.IntegrationTests;

/// <summary>What a REST client reads of a 400: the fields its problem names, in the JSON spelling the client sent.</summary>
internal static class RestRefusal
{
    public static IEnumerable<string> FieldsOf(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("details").EnumerateArray()
            .Where(d => d.TryGetProperty("fieldViolations", out _))
            .SelectMany(d => d.GetProperty("fieldViolations").EnumerateArray().Select(v => v.GetProperty("field").GetString()!))
            .ToList();
    }
}
