using System.Net;
using System.Text.Json;

namespace Defis.AppHost.Tests.EndToEnd;

/// <summary>One trace's spans as the Aspire dashboard's telemetry API gives them (OTLP JSON, API-key auth).</summary>
public sealed class DashboardTrace(AspirePlatform platform) : IDisposable
{
    // OTLP's SpanKind numbers.
    private static readonly string[] Kinds = ["unspecified", "internal", "server", "client", "producer", "consumer"];

    private readonly HttpClient _api = new() { BaseAddress = platform.Dashboard, Timeout = TimeSpan.FromSeconds(20) };

    public sealed record Span(string Service, string Name, string Kind)
    {
        public override string ToString() => $"{Service}/{Kind}/{Name}";
    }

    /// <summary>The spans received so far for the trace (none while its exporters have not flushed).</summary>
    public async Task<IReadOnlyList<Span>> SpansAsync(string traceId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/telemetry/traces/{traceId}");
        request.Headers.Add("x-api-key", platform.ApiKey);
        using var response = await _api.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return [.. json.RootElement.GetProperty("data").GetProperty("resourceSpans").EnumerateArray().SelectMany(SpansOf)];
    }

    private static IEnumerable<Span> SpansOf(JsonElement resourceSpans)
    {
        var service = resourceSpans.GetProperty("resource").GetProperty("attributes").EnumerateArray()
            .First(a => a.GetProperty("key").GetString() == "service.name").GetProperty("value").GetProperty("stringValue").GetString()!;
        return resourceSpans.GetProperty("scopeSpans").EnumerateArray()
            .SelectMany(scope => scope.GetProperty("spans").EnumerateArray())
            .Select(span => new Span(service, span.GetProperty("name").GetString()!, Kinds[span.GetProperty("kind").GetInt32()]))
            .ToList();
    }

    public void Dispose() => _api.Dispose();
}
