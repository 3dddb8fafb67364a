using System.Net;
using Defis.Testing;

namespace Defis.Platform.IntegrationTests;

/// <summary>/health reports readiness honestly: unhealthy while PostgreSQL is down, healthy again when it returns.</summary>
[Collection(ServerOutageCollection.Name)]
public sealed class DatabaseOutageTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly SkeletonPlatform _platform = new(infrastructure);

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task Health_follows_PostgreSQL_down_and_up()
    {
        Assert.SkipUnless(infrastructure.ControlsServers, "The servers were given from outside; this test stops and restarts them.");
        var http = _platform.Submission.Http(token: null);
        var cancellation = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health", cancellation)).StatusCode);

        await infrastructure.Postgres!.StopAsync();
        try
        {
            var down = await Eventually.Until(() => http.GetAsync("/health", cancellation), r => r.StatusCode == HttpStatusCode.ServiceUnavailable,
                TimeSpan.FromSeconds(30), "/health unhealthy without the database");
            Assert.Contains("\"submission-db\":\"Unhealthy\"", await down.Content.ReadAsStringAsync(cancellation));
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/alive", cancellation)).StatusCode);
        }
        finally
        {
            await infrastructure.Postgres.StartAsync(cancellation);
        }

        await Eventually.Until(() => http.GetAsync("/health", cancellation), r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "/health healthy again");
    }
}
