using Defis.Submission.Outgoing;
using Defis.Submission.Domain;
using Defis.Submission.Persistence;
using Microsoft.EntityFrameworkCore;
using Defis.ServiceInfrastructure.Scheduling;

namespace Defis.Submission.Clock;

public sealed class ProgrammeClockOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// What happens in a call by the clock alone: it closes at its closing time (ProgrammeClosed) and teams with a
/// draft are reminded before that (DraftReminderDue); drafts idle for three months are warned, then expire
/// (DraftExpiryWarned, then DossierWithdrawn and DraftExpired: decision 0029). Each tick works under row locks taken with SKIP LOCKED and
/// commits each change with its event, so several instances and restarts never announce anything twice.
/// </summary>
public sealed partial class ProgrammeClock(IServiceScopeFactory scopes, TimeProvider time, ILogger<ProgrammeClock> logger) : IScheduledPass
{
    /// <summary>Closes every call whose time has come, then reminds the drafts due; returns how many calls it closed and drafts it went through.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var announced = 0;
        while (await CloseOneAsync(cancellationToken))
        {
            announced++;
        }
        foreach (var code in await ProgrammesInReminderWindowAsync(cancellationToken))
        {
            int batch;
            do
            {
                batch = await RemindBatchAsync(code, cancellationToken);
                announced += batch;
            }
            while (batch == ReminderBatch);
        }
        int expiring;
        do
        {
            expiring = await ExpiryBatchAsync(cancellationToken);
            announced += expiring;
        }
        while (expiring == ReminderBatch);
        return announced;
    }

    /// <summary>
    /// Warns, then expires, a batch of idle drafts (decision 0029); returns how many it warned or expired. Drafts changed
    /// too recently to owe anything are not even read; the domain decides for the rest, in Paris months.
    /// </summary>
    private async Task<int> ExpiryBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
        var now = time.GetUtcNow();
        var idleSince = now - DraftExpiry.NothingOwedBefore;
        var noticeGivenBefore = now - DraftExpiry.Notice;
        return await db.InTransactionAsync(async () =>
        {
            var drafts = await db.Dossiers
                .FromSql($"""
                    SELECT * FROM dossiers WHERE status = 'Draft' AND updated_at <= {idleSince}
                    AND (expiry_warned_at IS NULL OR expiry_warned_at < updated_at OR expiry_warned_at <= {noticeGivenBefore})
                    ORDER BY updated_at LIMIT {ReminderBatch} FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(cancellationToken);
            return drafts.Count(draft => Expire(db, draft, now));
        }, cancellationToken);
    }

    private static bool Expire(SubmissionDbContext db, Dossier draft, DateTimeOffset now)
    {
        if (draft.TakeExpiryWarning(now) is { } expiresAt)
        {
            db.AddIntegrationEvent(draft.ToExpiryWarnedEvent(expiresAt, now));
            return true;
        }
        if (draft.ExpireIfDue(now) is { } lastActivity)
        {
            db.AddIntegrationEvent(draft.ToWithdrawnEvent(draft.History[^1].Reason, Dossier.ExpiredBy, now));
            db.AddIntegrationEvent(draft.ToExpiredEvent(lastActivity, now));
            return true;
        }
        return false;
    }

    private async Task<bool> CloseOneAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
        var now = time.GetUtcNow();
        var closed = await db.InTransactionAsync(async () =>
        {
            var programme = await db.Programmes
                .FromSql($"SELECT * FROM programmes WHERE status = 'Published' AND closes_at < {now} ORDER BY closes_at LIMIT 1 FOR UPDATE SKIP LOCKED")
                .SingleOrDefaultAsync(cancellationToken);
            if (programme is not null)
            {
                programme.Close(now);
                db.AddIntegrationEvent(programme.ToClosedEvent(now));
            }
            return programme;
        }, cancellationToken);
        if (closed is not null)
        {
            LogClosed(logger, closed.Code);
        }
        return closed is not null;
    }

    private const int ReminderBatch = 200;

    private async Task<List<string>> ProgrammesInReminderWindowAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
        var now = time.GetUtcNow();
        var horizon = now + DraftReminders.Horizon;
        return await db.Programmes.AsNoTracking()
            .Where(p => p.Status == ProgrammeStatus.Published && p.OpensAt <= now && p.ClosesAt >= now && p.ClosesAt <= horizon)
            .Select(p => p.Code).ToListAsync(cancellationToken);
    }

    /// <summary>Reminds up to a batch of the programme's drafts not yet reminded at the threshold due now; returns how many.</summary>
    private async Task<int> RemindBatchAsync(string code, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
        var now = time.GetUtcNow();
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Code == code, cancellationToken);
        if (DraftReminders.Due(programme, lastSentDays: null, now) is not { } due)
        {
            return 0;
        }
        return await db.InTransactionAsync(async () =>
        {
            var drafts = await db.Dossiers
                .FromSql($"""
                    SELECT * FROM dossiers WHERE programme_code = {code} AND status = 'Draft'
                    AND (last_reminder_days IS NULL OR last_reminder_days > {due}) ORDER BY id LIMIT {ReminderBatch} FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(cancellationToken);
            foreach (var draft in drafts)
            {
                if (draft.TakeDueReminder(programme, now) is { } days)
                {
                    db.AddIntegrationEvent(draft.ToReminderEvent(programme, days, now));
                }
            }
            return drafts.Count;
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Call {Code} reached its closing time and is now closed.")]
    private static partial void LogClosed(ILogger logger, string code);
}
