using Defis.Dashboard.Resources;
using Defis.Dashboard.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Defis.Dashboard.Web;

/// <summary>The dashboard's JSON API under /api; the pages call nothing else.</summary>
public static class DashboardApi
{
    private const int MaxPoints = 5_000;

    public static void MapDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapGet("/resources", (IResourceSource resources, TimeProvider time) =>
            resources.Resources().Select(r => ResourcesPage.Shown(r, time.GetUtcNow())));
        api.MapPost("/resources/{name}/{command}", ExecuteAsync);
        api.MapGet("/console", (HttpContext c, ConsoleLogBuffer console) =>
        {
            var errors = new Dictionary<string, string>();
            var after = TelemetryFilters.Number(c.Request.Query, "after", 0, long.MaxValue, errors) ?? 0;
            var limit = TelemetryFilters.Number(c.Request.Query, "limit", 1, 5_000, errors) ?? 1_000;
            return Respond(errors, () => console.Read(TelemetryFilters.Optional(c.Request.Query, "resource"), after, (int)limit));
        });
        api.MapGet("/stats", (TelemetryQueries q, TelemetryIngest ingest) =>
        {
            var stats = q.Stats();
            return stats with { RejectedRequests = stats.RejectedRequests + ingest.UnsavedRejections };
        });
        api.MapGet("/services", (TelemetryQueries q) => q.Services());
        api.MapGet("/logs", (HttpContext c, TelemetryQueries q) =>
        {
            var errors = new Dictionary<string, string>();
            var filter = TelemetryFilters.Logs(c.Request.Query, errors);
            return Respond(errors, () => q.Logs(filter));
        });
        api.MapGet("/traces", (HttpContext c, TelemetryQueries q) =>
        {
            var errors = new Dictionary<string, string>();
            var filter = TelemetryFilters.Traces(c.Request.Query, errors);
            return Respond(errors, () => q.Traces(filter));
        });
        api.MapGet("/traces/{traceId}", (string traceId, string? search, TelemetryQueries q) =>
            TraceIdOk(traceId) && q.Trace(traceId.ToLowerInvariant(), search) is { Count: > 0 } spans ? Results.Ok(spans) : Results.NotFound());
        api.MapGet("/metrics/instruments", (string? service, TelemetryQueries q) => q.Instruments(service));
        api.MapGet("/metrics/points", (HttpContext c, TelemetryQueries q) =>
        {
            var errors = new Dictionary<string, string>();
            var service = Required(c, "service", errors);
            var name = Required(c, "name", errors);
            var limit = TelemetryFilters.Number(c.Request.Query, "limit", 1, MaxPoints, errors) ?? 1_000;
            return Respond(errors, () => q.Points(service, name, (int)limit));
        });
        api.MapGet("/queues", (InfrastructureProbes probes, CancellationToken ct) => probes.QueuesAsync(ct));
        api.MapGet("/outbox", (InfrastructureProbes probes, CancellationToken ct) => probes.OutboxAsync(ct));
        api.MapGet("/dossiers/{reference}", (string reference, TelemetryQueries q) =>
            reference.Trim() is { Length: >= 3 and <= 64 } r
                ? Results.Ok(q.Dossier(r, 200))
                : Results.ValidationProblem(new Dictionary<string, string[]> { ["reference"] = ["Référence de dossier attendue (3 à 64 caractères), par exemple CB21-0001."] }));
    }

    /// <summary>400 with every field error of the query, or the result.</summary>
    private static IResult Respond<T>(Dictionary<string, string> errors, Func<T> run)
    {
        return errors.Count > 0
            ? Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }))
            : Results.Ok(run());
    }

    private static string Required(HttpContext context, string field, Dictionary<string, string> errors)
    {
        var value = TelemetryFilters.Optional(context.Request.Query, field);
        if (value is null)
        {
            errors[field] = "Obligatoire.";
        }
        return value ?? "";
    }

    private static bool TraceIdOk(string traceId) => traceId.Length == 32 && traceId.All(Uri.IsHexDigit);

    private static async Task<IResult> ExecuteAsync(string name, string command, IResourceSource resources, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ResourceCommand>(command, ignoreCase: true, out var parsed) || int.TryParse(command, out _))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["command"] = ["Commande attendue : start, stop ou restart."] });
        }
        var refusal = await resources.ExecuteAsync(name, parsed, cancellationToken);
        return refusal is null ? Results.NoContent() : Results.Conflict(new { error = refusal });
    }
}
