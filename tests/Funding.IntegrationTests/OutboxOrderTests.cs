using Defis.Contracts.Events;
using Defis.Testing;

namespace Defis.Funding.IntegrationTests;

/// <summary>
/// The outbox owns the order of events (issue 17): several events of one aggregate saved at once leave in the order
/// they were raised, whatever their ids — EF inserts one save's rows in key order, which must not matter.
/// </summary>
public sealed class OutboxOrderTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private const int Count = 40;
    private readonly FundingPlatform _platform = new(infrastructure);

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task Events_of_one_aggregate_saved_together_are_published_in_the_order_raised()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var ministry = await MinistryQueue.BindAsync(_platform.VirtualHost, $"ordre-{Guid.NewGuid():N}", cancellation);
        var programmeId = Guid.CreateVersion7();
        // Ids in the opposite order to the events': key order and raising order disagree on every pair.
        var raised = Enumerable.Range(1, Count).Select(n => new GrantAdjusted(Guid.CreateVersion7(), n, n + 1, $"ajustement {n}")
        {
            EventId = Guid.Parse($"{0xFFFF_FFFFL - n:x8}-0000-7000-8000-{n:x12}"),
            ProgrammeId = programmeId,
            Sequence = n,
            OccurredAt = DateTimeOffset.UtcNow,
        }).ToList();

        await _platform.QueryAsync(async db =>
        {
            raised.ForEach(db.AddIntegrationEvent);
            return await db.SaveChangesAsync(cancellation);
        });

        var received = await Eventually.Until(() => ministry.DrainAsync(cancellation), r => r.Count >= Count, TimeSpan.FromSeconds(60), "every event published");
        Assert.Equal(Enumerable.Range(1, Count).Select(n => (long)n), received.Select(e => e.Message.GetProperty("sequence").GetInt64()));
    }
}
