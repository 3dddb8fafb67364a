using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Defis.Dashboard.Telemetry;
using Defis.Testing;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Defis.Dashboard.Tests;

/// <summary>Who may read and who may write: the browser token for the dashboard, the API key for ingestion, field errors for bad queries.</summary>
public sealed class DashboardAccessTests : IAsyncLifetime
{
    private const string ApiKey = "cle-d-ingestion-0042";
    private RunningDashboard _dashboard = null!;

    public async ValueTask InitializeAsync() => _dashboard = await RunningDashboard.StartAsync(o => o with { OtlpApiKey = ApiKey });

    public async ValueTask DisposeAsync() => await _dashboard.DisposeAsync();

    [Fact]
    public async Task The_dashboard_needs_the_browser_token()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _dashboard.Server.DashboardUrl };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/traces", cancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/resources/submission/stop", null, cancellationToken)).StatusCode);
        var page = await anonymous.GetAsync("/", cancellationToken);
        Assert.Equal((HttpStatusCode.Redirect, "/login"), (page.StatusCode, page.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/login?t=wrong", cancellationToken)).StatusCode);

        var login = await anonymous.GetAsync($"/login?t={RunningDashboard.Token}", cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(RunningDashboard.Token, cookie, StringComparison.Ordinal);

        await _dashboard.SignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await _dashboard.Api.GetAsync("/api/traces", cancellationToken)).StatusCode);
        Assert.Contains("<script", await _dashboard.Api.GetStringAsync("/", cancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingestion_needs_the_api_key_when_one_is_configured()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = new HttpClient();
        using var noKey = new ByteArrayContent([]);
        noKey.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync(new Uri(_dashboard.Server.OtlpHttpUrl, "/v1/traces"), noKey, cancellationToken)).StatusCode);
        Assert.Equal("16", await RawGrpcStatusAsync(key: null, cancellationToken)); // UNAUTHENTICATED
        Assert.Equal("16", await RawGrpcStatusAsync(key: "autre", cancellationToken));
        Assert.Equal("0", await RawGrpcStatusAsync(key: ApiKey, cancellationToken));

        await _dashboard.SignInAsync();
        using var source = new ActivitySource($"Defis.Tests.{Guid.NewGuid():N}");
        var service = $"keyed-{Guid.NewGuid():N}"[..16];
        using (var tracing = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(service)).AddSource(source.Name)
            .AddOtlpExporter(o =>
            {
                o.Protocol = OtlpExportProtocol.Grpc;
                o.Endpoint = _dashboard.Server.OtlpGrpcUrl;
                o.Headers = $"x-otlp-api-key={ApiKey}";
            }).Build())
        {
            source.StartActivity("with the key")!.Dispose();
            tracing.ForceFlush();
        }
        await Eventually.Until(() => _dashboard.GetAsync<List<TraceSummary>>($"/api/traces?service={service}"), t => t.Count == 1,
            TimeSpan.FromSeconds(20), "the trace sent with the key");
    }

    /// <summary>Bad filters are field errors (HTTP 400 naming the field), never a 500.</summary>
    [Theory]
    [InlineData("/api/logs?level=bruyant", "level")]
    [InlineData("/api/logs?traceId=xyz", "traceId")]
    [InlineData("/api/logs?limit=0", "limit")]
    [InlineData("/api/logs?before=abc", "before")]
    [InlineData("/api/traces?minDurationMs=-1", "minDurationMs")]
    [InlineData("/api/traces?attribute==valeur", "attribute")]
    [InlineData("/api/traces?attribute=a\"b", "attribute")]
    [InlineData("/api/traces?traceId=abc", "traceId")]
    [InlineData("/api/traces?traceId=0af7651916cd43dd8448eb211c80319z", "traceId")]
    [InlineData("/api/metrics/points?name=x", "service")]
    [InlineData("/api/metrics/points?service=x", "name")]
    [InlineData("/api/console?after=-5", "after")]
    [InlineData("/api/resources/submission/explode", "command")]
    [InlineData("/api/dossiers/x", "reference")]
    public async Task Bad_filters_are_reported_by_field(string path, string field)
    {
        await _dashboard.SignInAsync();
        var cancellationToken = TestContext.Current.CancellationToken;
        using var response = path.Contains("/resources/", StringComparison.Ordinal)
            ? await _dashboard.Api.PostAsync(path, null, cancellationToken)
            : await _dashboard.Api.GetAsync(path, cancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"errors names {field}");
    }

    [Theory]
    [InlineData("/api/logs?text=\"\"\"")]
    [InlineData("/api/logs?text=NEAR(a b) OR *")]
    [InlineData("/api/dossiers/\"CB21\" OR 1")]
    public async Task Search_text_is_never_query_syntax(string path)
    {
        await _dashboard.SignInAsync();
        using var response = await _dashboard.Api.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>An empty ExportTraceServiceRequest over HTTP/2, as a gRPC client sends it; returns grpc-status.</summary>
    private async Task<string> RawGrpcStatusAsync(string? key, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_dashboard.Server.OtlpGrpcUrl, "/opentelemetry.proto.collector.trace.v1.TraceService/Export"))
        {
            Content = new ByteArrayContent([0, 0, 0, 0, 0]),
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        if (key is not null)
        {
            request.Headers.Add("x-otlp-api-key", key);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.TrailingHeaders.TryGetValues("grpc-status", out var trailing) ? trailing.Single()
            : response.Headers.TryGetValues("grpc-status", out var headers) ? headers.Single()
            : $"HTTP {(int)response.StatusCode} {response.Version} {string.Join(",", response.Headers.Select(h => h.Key))}";
    }
}
