using System.Text.RegularExpressions;
using StackExchange.Redis;

namespace Defis.Gateway.Caching;

/// <summary>
/// The lists that are the same for every signed-in caller, hence cacheable once for all: the published calls
/// (GET /api/v1/programmes) and the laureates of a call's phase (GET /api/v1/programmes/{code}/laureates?phase=…).
/// Each maps to one Redis entry; a request that could not be named exactly (another parameter, an odd code or
/// phase) is simply not cached, so no caller can fill Redis with variants or read a list under another's key.
/// </summary>
public static partial class PublicLists
{
    public const string ProgrammesPath = "/api/v1/programmes";

    public static readonly RedisKey Programmes = "cache:programmes:published";

    // Phase numbers as the contracts and events number them (SharedKernel.Phase).
    private static readonly Dictionary<string, int> PhaseNumbers = new(StringComparer.Ordinal)
    {
        ["PHASE_EXPLORATION"] = 1, ["1"] = 1, ["Exploration"] = 1,
        ["PHASE_INCUBATION"] = 2, ["2"] = 2, ["Incubation"] = 2,
        ["PHASE_EXPERIMENTATION"] = 3, ["3"] = 3, ["Experimentation"] = 3,
    };

    /// <summary>The entry that holds this request's answer, or null when the request is not a cacheable list.</summary>
    public static (RedisKey Key, TimeSpan Lifetime)? EntryFor(HttpRequest request, GatewaySettings settings)
    {
        if (!HttpMethods.IsGet(request.Method))
        {
            return null;
        }
        if (request.Path.Equals(ProgrammesPath, StringComparison.OrdinalIgnoreCase))
        {
            // The request has no parameters: one entry serves every query string.
            return (Programmes, settings.ProgrammeListCacheLifetime);
        }
        if (LaureatesPath().Match(request.Path.Value ?? "") is { Success: true } match && request.Query.Count == 1
            && request.Query["phase"] is [{ } phase] && PhaseNumbers.TryGetValue(phase, out var number))
        {
            return (Laureates(match.Groups["code"].Value, number), settings.LaureateListCacheLifetime);
        }
        return null;
    }

    /// <summary>The laureates of a call's phase; codes are read upper-case by Submission, as events carry them.</summary>
    public static RedisKey Laureates(string programmeCode, int phase) => $"cache:laureates:{programmeCode.ToUpperInvariant()}:{phase}";

    /// <summary>The entry of an event's phase name ("Experimentation"), or null for a phase this gateway does not know.</summary>
    public static RedisKey? Laureates(string programmeCode, string phase) =>
        PhaseNumbers.TryGetValue(phase, out var number) ? Laureates(programmeCode, number) : (RedisKey?)null;

    /// <summary>
    /// Drops a list after an event changed it, leaving for <paramref name="settle"/> a tombstone under which nothing
    /// is stored: the event may reach the gateway before the service that serves the list has applied it (each
    /// consumes on its own), and a list read in between must not be kept as fresh.
    /// </summary>
    public static Task DropAsync(IDatabase database, RedisKey key, TimeSpan settle) => database.StringSetAsync(key, RedisValue.EmptyString, settle);

    [GeneratedRegex("^/api/v1/programmes/(?<code>[A-Za-z0-9]{2,16})/laureates$", RegexOptions.IgnoreCase)]
    private static partial Regex LaureatesPath();
}
