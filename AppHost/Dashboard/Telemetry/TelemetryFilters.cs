using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Defis.Dashboard.Telemetry;

public sealed record LogFilter(string? Service, int MinSeverity, string? Text, string? TraceId, long? Before, int Limit);

/// <param name="TraceId">A whole trace id or its first hex digits (as the logs page shows them), lower case.</param>
public sealed record TraceFilter(string? Service, long MinDurationNs, string? AttributeKey, string? AttributeValue, string? Text, int Limit, string? TraceId = null);

/// <summary>
/// The dashboard's query strings read into filters; a bad value is reported by field (HTTP 400), never
/// turned into SQL. Free text only ever reaches SQLite as parameters or as quoted FTS5 phrases.
/// </summary>
public static class TelemetryFilters
{
    public const int MaxLimit = 1000;

    /// <summary>OTLP severity numbers where each level starts.</summary>
    public static readonly IReadOnlyDictionary<string, int> Levels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["trace"] = 1, ["debug"] = 5, ["information"] = 9, ["info"] = 9, ["warning"] = 13, ["warn"] = 13,
        ["error"] = 17, ["critical"] = 21, ["fatal"] = 21,
    };

    public static LogFilter Logs(IQueryCollection query, Dictionary<string, string> errors) => new(
        Optional(query, "service"),
        Level(query, errors),
        Optional(query, "text"),
        TraceId(query, "traceId", errors),
        Number(query, "before", 1, long.MaxValue, errors),
        (int)(Number(query, "limit", 1, MaxLimit, errors) ?? 200));

    public static TraceFilter Traces(IQueryCollection query, Dictionary<string, string> errors)
    {
        var (key, value) = Attribute(query, errors);
        var minMs = Number(query, "minDurationMs", 0, (long)TimeSpan.FromDays(1).TotalMilliseconds, errors) ?? 0;
        return new(Optional(query, "service"), minMs * 1_000_000, key, value, Optional(query, "text"),
            (int)(Number(query, "limit", 1, MaxLimit, errors) ?? 100), TraceIdPrefix(query, errors));
    }

    /// <summary>A trace id as the gateway's X-Trace-Id gives it, or its start (at least 4 hex digits).</summary>
    private static string? TraceIdPrefix(IQueryCollection query, Dictionary<string, string> errors)
    {
        var value = Optional(query, "traceId");
        if (value is null)
        {
            return null;
        }
        if (value.Length is < 4 or > 32 || !value.All(Uri.IsHexDigit))
        {
            errors["traceId"] = "Identifiant de trace attendu : 4 à 32 caractères hexadécimaux (le début suffit).";
            return null;
        }
        return value.ToLowerInvariant();
    }

    /// <summary>Each word as a quoted FTS5 phrase, all required: "CB21-0001" matches the tokens cb21 0001 in sequence.</summary>
    public static string FtsQuery(string text) =>
        string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "\"\"") + "\""));

    /// <summary>A JSON path for one attribute key, keys such as http.route quoted so dots are not path steps.</summary>
    public static string JsonPath(string key) => "$.\"" + key + "\"";

    public static string? TraceId(IQueryCollection query, string field, Dictionary<string, string> errors)
    {
        var value = Optional(query, field);
        if (value is null)
        {
            return null;
        }
        if (value.Length != 32 || !value.All(Uri.IsHexDigit))
        {
            errors[field] = "Identifiant de trace attendu : 32 caractères hexadécimaux.";
            return null;
        }
        return value.ToLowerInvariant();
    }

    public static string? Optional(IQueryCollection query, string field) =>
        query[field].ToString() is { Length: > 0 } value ? value.Trim() : null;

    public static long? Number(IQueryCollection query, string field, long min, long max, Dictionary<string, string> errors)
    {
        var text = Optional(query, field);
        if (text is null)
        {
            return null;
        }
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        errors[field] = $"Nombre entier attendu entre {min} et {max}.";
        return null;
    }

    private static int Level(IQueryCollection query, Dictionary<string, string> errors)
    {
        var text = Optional(query, "level");
        if (text is null)
        {
            return 0;
        }
        if (Levels.TryGetValue(text, out var severity))
        {
            return severity;
        }
        errors["level"] = "Niveau inconnu : trace, debug, information, warning, error ou critical.";
        return 0;
    }

    private static (string? Key, string? Value) Attribute(IQueryCollection query, Dictionary<string, string> errors)
    {
        var text = Optional(query, "attribute");
        if (text is null)
        {
            return (null, null);
        }
        var separator = text.IndexOf('=');
        var key = separator < 0 ? text : text[..separator];
        if (key.Length == 0 || key.Contains('"') || key.Contains('\\'))
        {
            errors["attribute"] = "Attendu : clé=valeur (ou clé seule), la clé sans guillemets.";
            return (null, null);
        }
        return (key, separator < 0 ? null : text[(separator + 1)..]);
    }
}
