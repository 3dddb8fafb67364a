using Defis.ServiceInfrastructure.Scheduling;
using Defis.Submission.Domain;
using Defis.Submission.Outgoing;
using Defis.Submission.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Defis.Submission.Clock;

/// <summary>
/// The purge of closed calls' dossiers once their retention lapsed (decision 0032): the team is warned fourteen days
/// before (DossierPurgeWarned), then the dossier is purged (DossierPurged, reason Retention). A batch at a time under
/// row locks taken with SKIP LOCKED, each step recorded on the dossier in the transaction of its event, so several
/// instances and restarts never warn or purge twice. Funded dossiers are not this pass's: their keeping (10 years after
/// the last payment) depends on payments that Funding owns.
/// </summary>
public sealed partial class RetentionPass(IServiceScopeFactory scopes, TimeProvider time, ILogger<RetentionPass> logger) : IScheduledPass
{
    private const int Batch = 200;

    /// <summary>Minutes of a notice, for SQL: an exact span, never a calendar interval that a change of hour would stretch.</summary>
    private static readonly int NoticeMinutes = (int)DossierRetention.Notice.TotalMinutes;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        int batch;
        do
        {
            batch = await RunBatchAsync(cancellationToken);
            done += batch;
        }
        while (batch == Batch);
        return done;
    }

    /// <summary>
    /// Reads only the dossiers that owe something now: not purged, in a state nothing keeps, in a closed call whose
    /// retention (counted in Paris months, as the domain does) lapses within the notice, and not warned within the
    /// notice. The domain decides again for each.
    /// </summary>
    private async Task<int> RunBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
        var now = time.GetUtcNow();
        var noticeGivenBefore = now - DossierRetention.Notice;
        var done = await db.InTransactionAsync(async () =>
        {
            var dossiers = await db.Dossiers
                .FromSql($"""
                    SELECT d.* FROM dossiers d JOIN programmes p ON p.code = d.programme_code
                    WHERE p.closed_at IS NOT NULL AND d.purged_at IS NULL AND d.status IN ('Draft', 'NotSelected', 'Withdrawn')
                    AND ((p.closed_at AT TIME ZONE 'Europe/Paris') + make_interval(months => p.retention_months)) AT TIME ZONE 'Europe/Paris'
                        - make_interval(mins => {NoticeMinutes}) <= {now}
                    AND (d.purge_warned_at IS NULL OR d.purge_warned_at <= {noticeGivenBefore})
                    ORDER BY d.id LIMIT {Batch} FOR UPDATE OF d SKIP LOCKED
                    """)
                .ToListAsync(cancellationToken);
            var codes = dossiers.Select(d => d.ProgrammeCode).Distinct().ToList();
            var programmes = await db.Programmes.AsNoTracking().Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, cancellationToken);
            return dossiers.Count(dossier => Step(db, dossier, programmes[dossier.ProgrammeCode], now));
        }, cancellationToken);
        if (done > 0)
        {
            LogDone(logger, done);
        }
        return done;
    }

    private static bool Step(SubmissionDbContext db, Dossier dossier, Programme programme, DateTimeOffset now)
    {
        if (dossier.TakePurgeWarning(programme, now) is { } purgesAt)
        {
            db.AddIntegrationEvent(dossier.ToPurgeWarnedEvent(purgesAt, now));
            return true;
        }
        if (dossier.PurgeIfDue(programme, now))
        {
            db.AddIntegrationEvent(dossier.ToPurgedEvent(DossierPurgeReason.Retention, now));
            return true;
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Count} dossiers of closed calls warned or purged.")]
    private static partial void LogDone(ILogger logger, int count);
}
