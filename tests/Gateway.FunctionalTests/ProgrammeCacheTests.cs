using System.Net;
using Defis.Contracts.Events;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using MassTransit;

namespace Defis.Gateway.FunctionalTests;

/// <summary>The public list of calls is served from Redis by every instance until a call is published, closed or archived.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ProgrammeCacheTests(GatewayPlatform platform)
{
    public static TheoryData<string> ListChanges => ["published", "closed", "archived"];

    [Theory]
    [MemberData(nameof(ListChanges))]
    public async Task The_list_is_cached_across_instances_then_dropped_when_a_call_changes_it(string change)
    {
        // An earlier change keeps the list out of the cache for its settle period (CacheInvalidationSettle).
        var (first, cached) = await Eventually.Until(async () => (await ListAsync(platform.GatewayA), await ListAsync(platform.GatewayB)),
            lists => lists.Item2.Cache == "HIT", TimeSpan.FromSeconds(30), "the list cached by one instance and served by the other");
        Assert.Equal(first.Body, cached.Body);

        var changed = Event(change);
        await platform.GatewayA.Service<IBus>().Publish(changed, changed.GetType(), TestContext.Current.CancellationToken);

        var fresh = await Eventually.Until(() => ListAsync(platform.GatewayB), list => list.Cache == "MISS",
            TimeSpan.FromSeconds(30), $"the {change} call invalidates the cached list");
        Assert.NotEqual(first.Body, fresh.Body);
    }

    private static IntegrationEvent Event(string change)
    {
        var now = DateTimeOffset.UtcNow;
        return change switch
        {
            "published" => new ProgrammePublished(Guid.NewGuid(), "CB99", "Défi", now, now.AddDays(30), 100_000_00, [], [], null) { OccurredAt = now },
            "closed" => new ProgrammeClosed(Guid.NewGuid(), "CB98", now) { OccurredAt = now },
            _ => new ProgrammeArchived(Guid.NewGuid(), "CB97", now) { OccurredAt = now },
        };
    }

    private static async Task<(string Cache, string Body)> ListAsync(ServiceHost<GatewaySettings> gateway)
    {
        using var client = GatewayPlatform.Client(gateway, TestTokens.For($"reader-{Guid.NewGuid():N}", Roles.Applicant));
        using var response = await client.GetAsync("/api/v1/programmes", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.GetValues("X-Cache").Single(), await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
