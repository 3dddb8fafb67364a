using Defis.Contracts.Events;
using Defis.Contracts.Submission.V1;
using Defis.Notification.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.Submission.Domain;
using Defis.Submission.Persistence;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Platform.IntegrationTests;

/// <summary>
/// Idle drafts on the real clock pass, moved forward (decision 0029): warned once fourteen days before they lapse, the
/// team told in French; expired once when they lapse, withdrawn, the team told again; a filed dossier left alone.
/// </summary>
public sealed class DraftExpiryFlowTests : IAsyncLifetime
{
    private readonly ShiftedClock _clock = new();
    private readonly SkeletonPlatform _platform;
    private readonly string _lead = TestTokens.For("agent-lyon", Roles.Applicant);

    public DraftExpiryFlowTests(PlatformInfrastructure infrastructure) =>
        _platform = new(infrastructure) { PublishesOpenCall = false, SubmissionClock = _clock };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task An_idle_draft_is_warned_once_then_expires_once_and_its_team_is_told_each_time()
    {
        await _platform.PublishAsync(Requests.Cb21Like(closesAt: DateTimeOffset.UtcNow.AddDays(200)));
        var dossiers = new Dossiers.DossiersClient(_platform.Submission.Channel(_lead));
        var idle = await dossiers.CreateDossierAsync(Requests.ValidDossier(), cancellationToken: Cancellation);
        var idleId = Guid.Parse(idle.Id);
        var lastActivity = await SubmissionAsync(db => db.Dossiers.Where(d => d.Id == idleId).Select(d => d.UpdatedAt).SingleAsync(Cancellation));
        var lapses = DraftExpiry.LapsesAt(lastActivity);

        MoveClockTo(lapses - DraftExpiry.Notice - TimeSpan.FromMinutes(1));
        await Task.Delay(1500, Cancellation); // three passes of the clock, which owe nothing yet
        Assert.Empty(await OutboxAsync<DraftExpiryWarned>(idleId));

        MoveClockTo(lapses - DraftExpiry.Notice);
        var warning = Assert.Single(await Eventually.Until(() => OutboxAsync<DraftExpiryWarned>(idleId), w => w.Count > 0,
            TimeSpan.FromSeconds(20), "the expiry warning"));
        // Warned a moment after the warning fell due, the team gets the whole notice from then: the lapse, or a moment after it.
        Assert.InRange(warning.ExpiresAt, lapses, lapses.AddSeconds(20));
        Assert.Equal("agent-lyon", warning.LeadUserId);
        var notice = await Eventually.Until(() => InboxSubjectsAsync("agent-lyon"), s => s.Any(t => t.EndsWith("va expirer", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(30), "the team warned");

        MoveClockTo(warning.ExpiresAt);
        var expired = Assert.Single(await Eventually.Until(() => OutboxAsync<DraftExpired>(idleId), e => e.Count > 0,
            TimeSpan.FromSeconds(20), "the expiry"));
        await Task.Delay(1500, Cancellation); // more passes, which owe nothing more
        var status = await SubmissionAsync(db => db.Dossiers.Where(d => d.Id == idleId).Select(d => d.Status).SingleAsync(Cancellation));
        Assert.Equal(Defis.Submission.Domain.DossierStatus.Withdrawn, status);
        Assert.Equal(lastActivity, expired.LastActivityAt);
        Assert.Single(await OutboxAsync<DraftExpired>(idleId));
        Assert.Equal(Defis.Submission.Domain.Dossier.ExpiredBy, Assert.Single(await OutboxAsync<DossierWithdrawn>(idleId)).WithdrawnBy);
        Assert.Single(notice, t => t.EndsWith("va expirer", StringComparison.Ordinal));
        // The warning's outbox row is gone by now (published rows are kept 7 days of the moved clock): the inbox tells.
        var told = await Eventually.Until(() => InboxSubjectsAsync("agent-lyon"), s => s.Any(t => t.EndsWith("a expiré", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(30), "the team told of the expiry");
        Assert.Single(told, t => t.EndsWith("va expirer", StringComparison.Ordinal));
        Assert.Single(told, t => t.EndsWith("a expiré", StringComparison.Ordinal));
    }

    private void MoveClockTo(DateTimeOffset instant) => _clock.Offset = instant - TimeProvider.System.GetUtcNow();

    private Task<T> SubmissionAsync<T>(Func<SubmissionDbContext, Task<T>> query) => _platform.InSubmissionAsync(query);

    private async Task<List<string>> InboxSubjectsAsync(string userId)
    {
        await using var scope = _platform.Notification.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        return await db.InboxNotifications.AsNoTracking().Where(n => n.RecipientId == userId).Select(n => n.Subject).ToListAsync(Cancellation);
    }

    private Task<List<TEvent>> OutboxAsync<TEvent>(Guid aggregateId) where TEvent : IntegrationEvent => _platform.SubmissionOutboxAsync<TEvent>(aggregateId);
}
