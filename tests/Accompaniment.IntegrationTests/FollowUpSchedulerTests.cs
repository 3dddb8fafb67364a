using Defis.Accompaniment.Domain.Milestones;
using Defis.Accompaniment.FollowUp;
using Defis.Contracts.Events;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Defis.Accompaniment.IntegrationTests;

/// <summary>
/// The follow-up on a controllable clock: "due soon" and "overdue" are announced exactly once per
/// milestone, whatever the number of passes, concurrent passes, or restarts of the service.
/// </summary>
public sealed class FollowUpSchedulerTests : IAsyncLifetime
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly AccompanimentHost _host;

    public FollowUpSchedulerTests(PlatformInfrastructure infrastructure) => _host = new AccompanimentHost(infrastructure, _clock);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Due_soon_then_overdue_are_announced_once_each_across_passes_and_restarts()
    {
        // Incubation template: first milestone due 7 days after the start, inside the 7-day notice at once.
        var plan = await _host.SeedPlanAsync("lead-lyon", "coach-a", AccompanimentHost.Today(_clock.GetUtcNow()), _clock.GetUtcNow());
        var first = plan.Milestones[0];

        _clock.Advance(Interval);
        var dueSoon = await CountAsync<MilestoneDueSoon>(1, "the worker's due-soon announcement");
        Assert.Equal(first.Id, Assert.Single(await _host.OutboxAsync<MilestoneDueSoon>()).MilestoneId);
        Assert.Equal(0, await RunPassesAsync(3));

        _clock.Advance(TimeSpan.FromDays(9));
        await CountAsync<MilestoneOverdue>(1, "the worker's overdue announcement");
        var overdue = Assert.Single(await _host.OutboxAsync<MilestoneOverdue>());
        Assert.Equal((first.Id, first.Due, plan.DossierId), (overdue.MilestoneId, overdue.Due, overdue.DossierId));
        Assert.Equal(new[] { "lead-lyon" }, overdue.MemberIds);
        Assert.Equal(MilestoneStatus.Late, (await MilestoneAsync(first.Id)).Status);

        await _host.RestartAsync();
        _clock.Advance(Interval);
        Assert.Equal(0, await RunPassesAsync(2));
        Assert.Equal(dueSoon, (await _host.OutboxAsync<MilestoneDueSoon>()).Count);
        Assert.Single(await _host.OutboxAsync<MilestoneOverdue>());
        var stored = await MilestoneAsync(first.Id);
        Assert.Equal((first.Due, first.Due), (stored.DueSoonAnnouncedFor, stored.OverdueAnnouncedFor));
    }

    [Fact]
    public async Task Concurrent_passes_announce_a_milestone_once()
    {
        var plan = await _host.SeedPlanAsync("lead-lille", "coach-b", AccompanimentHost.Today(_clock.GetUtcNow()).AddDays(-30), _clock.GetUtcNow());
        // Second milestone (day 35) is now 5 days away; the first (day 7) is long overdue.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RunPassAsync()));

        Assert.Equal(plan.Milestones[1].Id, Assert.Single(await _host.OutboxAsync<MilestoneDueSoon>(), e => e.PlanId == plan.Id).MilestoneId);
        Assert.Equal(plan.Milestones[0].Id, Assert.Single(await _host.OutboxAsync<MilestoneOverdue>(), e => e.PlanId == plan.Id).MilestoneId);
    }

    [Fact]
    public async Task A_closed_plan_is_not_followed_up()
    {
        // Closed in the save that stores it: the worker's own first pass may run at any moment after the host started,
        // and must find the plan already closed rather than in a window between an open and a closed state.
        var plan = await _host.SeedPlanAsync("lead-nantes", "coach-c", AccompanimentHost.Today(_clock.GetUtcNow()).AddDays(-30), _clock.GetUtcNow(),
            row => (row.ClosedAt, row.ClosureReason) = (_clock.GetUtcNow(), "la sélection du jury a été retirée par une décision plus récente"));

        await RunPassesAsync(2);

        Assert.DoesNotContain(await _host.OutboxAsync<MilestoneDueSoon>(), e => e.PlanId == plan.Id);
        Assert.DoesNotContain(await _host.OutboxAsync<MilestoneOverdue>(), e => e.PlanId == plan.Id);
        Assert.All(await _host.WithDbAsync(db => db.Milestones.AsNoTracking().Where(m => m.PlanId == plan.Id).ToListAsync(Cancellation)),
            m => Assert.Equal(MilestoneStatus.Planned, m.Status));
    }

    private async Task<int> CountAsync<T>(int expected, string what) where T : IntegrationEvent =>
        (await Eventually.Until(() => _host.OutboxAsync<T>(), events => events.Count >= expected, Patience, what)).Count;

    private async Task<int> RunPassesAsync(int passes)
    {
        var announced = 0;
        for (var i = 0; i < passes; i++)
        {
            announced += await RunPassAsync();
        }
        return announced;
    }

    private async Task<int> RunPassAsync()
    {
        await using var scope = _host.Service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MilestoneFollowUp>().RunAsync(Cancellation);
    }

    private Task<Persistence.MilestoneRow> MilestoneAsync(Guid id) =>
        _host.WithDbAsync(db => db.Milestones.AsNoTracking().SingleAsync(m => m.Id == id, Cancellation));
}
