using Defis.Contracts.Events;
using Defis.Funding.Persistence;
using Defis.ServiceInfrastructure.Persistence;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Defis.Funding.IntegrationTests;

/// <summary>
/// The one transaction helper (issue 17): a change and its events commit together or not at all, and only a commit
/// that wrote something wakes the relay and the scheduled passes — an empty pass waking them would make them spin.
/// </summary>
public sealed class TransactionTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly FundingPlatform _platform = new(infrastructure);
    private readonly CommitCounter _commits = new();
    private string _connectionString = "";

    public async ValueTask InitializeAsync()
    {
        await _platform.StartAsync();
        _connectionString = await _platform.QueryAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
    }

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task A_change_that_writes_commits_with_its_events_and_wakes_once()
    {
        var programmeId = Guid.CreateVersion7();
        await using var db = Context();

        var result = await db.InTransactionAsync(() =>
        {
            db.AddIntegrationEvent(Adjusted(programmeId, 1));
            db.AddIntegrationEvent(Adjusted(programmeId, 2));
            return Task.FromResult("fait");
        }, TestContext.Current.CancellationToken);

        Assert.Equal("fait", result);
        Assert.Equal(2, await OutboxRowsAsync(programmeId));
        Assert.Equal(1, _commits.Count);
    }

    [Fact]
    public async Task A_change_that_throws_leaves_nothing_and_wakes_nobody()
    {
        var programmeId = Guid.CreateVersion7();
        await using var db = Context();

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.InTransactionAsync(async () =>
        {
            db.AddIntegrationEvent(Adjusted(programmeId, 1));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            throw new InvalidOperationException("refusé par le domaine");
        }, TestContext.Current.CancellationToken));

        Assert.Equal(0, await OutboxRowsAsync(programmeId));
        Assert.Equal(0, _commits.Count);
    }

    [Fact]
    public async Task A_pass_that_finds_nothing_commits_without_waking_anyone()
    {
        await using var db = Context();

        var found = await db.InTransactionAsync(
            () => db.Grants.FromSql($"SELECT * FROM grants FOR UPDATE SKIP LOCKED").CountAsync(TestContext.Current.CancellationToken),
            TestContext.Current.CancellationToken);

        Assert.Equal(0, found);
        Assert.Equal(0, _commits.Count);
    }

    [Fact]
    public async Task A_save_outside_a_transaction_wakes_only_when_it_wrote()
    {
        var programmeId = Guid.CreateVersion7();
        await using var db = Context();

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, _commits.Count);

        db.AddIntegrationEvent(Adjusted(programmeId, 1));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, _commits.Count);
    }

    [Fact]
    public async Task A_pooled_context_hands_nothing_of_a_failed_change_to_its_next_request()
    {
        var failed = Guid.CreateVersion7();
        var saved = Guid.CreateVersion7();
        var options = new List<IDbContextOptions>();

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => _platform.QueryAsync<bool>(db =>
            {
                options.Add(db.GetService<IDbContextOptions>());
                db.AddIntegrationEvent(Adjusted(failed, i + 1));
                throw new InvalidOperationException("refusé avant l'enregistrement");
            }));
        }
        // More requests than the pool keeps idle contexts, so that some lease one a failed request gave back.
        for (var i = 0; i < 12; i++)
        {
            await _platform.QueryAsync(db =>
            {
                options.Add(db.GetService<IDbContextOptions>());
                return db.InTransactionAsync(() =>
                {
                    db.AddIntegrationEvent(Adjusted(saved, i + 1));
                    return Task.FromResult(true);
                }, TestContext.Current.CancellationToken);
            });
        }

        // One set of options for every request: the contexts come from the service's pool, not built per request.
        Assert.Single(options.Distinct());
        Assert.Equal(0, await OutboxRowsAsync(failed));
        Assert.Equal(12, await OutboxRowsAsync(saved));
    }

    private FundingDbContext Context() => new((DbContextOptions<FundingDbContext>)ServiceDatabase
        .Configure(new DbContextOptionsBuilder<FundingDbContext>(), _connectionString).AddInterceptors(_commits).Options);

    private Task<int> OutboxRowsAsync(Guid programmeId) =>
        _platform.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.AggregateId == programmeId, TestContext.Current.CancellationToken));

    private static GrantAdjusted Adjusted(Guid programmeId, int sequence) => new(Guid.CreateVersion7(), sequence, sequence + 1, "ajustement")
    {
        EventId = Guid.CreateVersion7(),
        ProgrammeId = programmeId,
        Sequence = sequence,
        OccurredAt = DateTimeOffset.UtcNow,
    };

    private sealed class CommitCounter : AfterCommitInterceptor
    {
        public int Count { get; private set; }

        protected override void Committed() => Count++;
    }
}
