using System.Net;
using Defis.Contracts.Events;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using MassTransit;

namespace Defis.Gateway.FunctionalTests;

/// <summary>The public list of calls is served from Redis by every instance until a call is published or closed.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ProgrammeCacheTests(GatewayPlatform platform)
{
    [Fact]
    public async Task The_list_is_cached_across_instances_then_dropped_when_a_call_is_published()
    {
        var first = await ListAsync(platform.GatewayA);
        var cached = await ListAsync(platform.GatewayB);
        Assert.Equal(first.Body, cached.Body);
        Assert.Equal("HIT", cached.Cache);

        await platform.GatewayA.Service<IBus>().Publish(new ProgrammePublished(Guid.NewGuid(), "CB99", "Défi", DateTimeOffset.UtcNow,
            DateTimeOffset.UtcNow.AddDays(30), 100_000_00, [], [], null) { OccurredAt = DateTimeOffset.UtcNow }, TestContext.Current.CancellationToken);

        var fresh = await Eventually.Until(() => ListAsync(platform.GatewayB), list => list.Cache == "MISS",
            TimeSpan.FromSeconds(30), "the published call invalidates the cached list");
        Assert.NotEqual(first.Body, fresh.Body);
    }

    private static async Task<(string Cache, string Body)> ListAsync(ServiceHost<GatewaySettings> gateway)
    {
        using var client = GatewayPlatform.Client(gateway, TestTokens.For($"reader-{Guid.NewGuid():N}", Roles.Applicant));
        using var response = await client.GetAsync("/api/v1/programmes", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.GetValues("X-Cache").Single(), await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
