using System.Net;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Grpc.Core;

namespace Defis.Platform.IntegrationTests;

/// <summary>
/// A lost database is an outage the caller can act on, never a 500: UNAVAILABLE / 503 with a delay to retry after,
/// readiness reporting it, and recovery without a restart once PostgreSQL is back (docs/decisions/0022-outage-statuses.md).
/// </summary>
[Collection(ServerOutageCollection.Name)]
public sealed class DatabaseOutageTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly SkeletonPlatform _platform = new(infrastructure);

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task Without_PostgreSQL_calls_answer_unavailable_with_retry_after_and_recover_when_it_returns()
    {
        Assert.SkipUnless(infrastructure.ControlsServers, "The servers were given from outside; this test stops and restarts them.");
        var token = TestTokens.For("agent-lyon", Roles.Applicant);
        var http = _platform.Submission.Http(token);
        var grpc = new Dossiers.DossiersClient(_platform.Submission.Channel(token));
        var cancellation = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health", cancellation)).StatusCode);

        await infrastructure.Postgres!.StopAsync();
        try
        {
            var down = await Eventually.Until(() => http.GetAsync("/health", cancellation), r => r.StatusCode == HttpStatusCode.ServiceUnavailable,
                TimeSpan.FromSeconds(30), "/health unhealthy without the database");
            Assert.Contains("\"submission-db\":\"Unhealthy\"", await down.Content.ReadAsStringAsync(cancellation));
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/alive", cancellation)).StatusCode);

            using var rest = await http.GetAsync("/api/v1/dossiers", cancellation);
            var body = await rest.Content.ReadAsStringAsync(cancellation);
            var call = grpc.ListDossiersAsync(new ListDossiersRequest(), cancellationToken: cancellation);
            var refused = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, rest.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), rest.Headers.RetryAfter?.Delta);
            Assert.Contains("momentanément indisponible", body, StringComparison.Ordinal);
            Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
            Assert.Equal("5000", refused.Trailers.GetValue("grpc-retry-pushback-ms"));
        }
        finally
        {
            await infrastructure.Postgres.StartAsync(cancellation);
        }

        await Eventually.Until(() => http.GetAsync("/health", cancellation), r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "/health healthy again");
        var back = await Eventually.Until(() => http.GetAsync("/api/v1/dossiers", cancellation), r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "the same host serves again");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }
}
