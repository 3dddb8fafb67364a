using Defis.ServiceInfrastructure.Scheduling;
using Defis.Accompaniment.Domain.Sessions;
using Defis.Accompaniment.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Defis.Accompaniment.Outgoing;

namespace Defis.Accompaniment.FollowUp;

/// <summary>
/// One pass of the day-before session reminders. Each batch locks the due sessions FOR UPDATE SKIP LOCKED
/// (a second instance takes other rows; a registration holding a session's lock makes it wait for the next
/// pass), reads their confirmed registrants under that lock, and saves the start each reminder was sent for
/// with the <c>SessionReminderDue</c> outbox row in one transaction: one reminder per session and start,
/// across passes, restarts and instances. A session without confirmed registrants is marked without an event.
/// </summary>
public sealed class SessionReminders(AccompanimentDbContext db, TimeProvider time, IOptions<FollowUpOptions> options) : IScheduledPass
{
    /// <summary>Returns the number of reminders published.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var reminded = 0;
        while (true)
        {
            var (taken, events) = await RunBatchAsync(cancellationToken);
            reminded += events;
            if (taken < options.Value.BatchSize)
            {
                return reminded;
            }
        }
    }

    private async Task<(int Taken, int Events)> RunBatchAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.InTransactionAsync(async () =>
        {
            var now = time.GetUtcNow();
            var horizon = SessionReminder.Horizon(now).ToUniversalTime(); // timestamptz parameters must be UTC
            // Exactly the sessions SessionReminder.IsDue accepts, so that a full batch always makes progress; a session
            // of a closed plan reminds no one (the plan no longer runs).
            var sessions = await db.Sessions.FromSql($"""
                SELECT * FROM sessions
                WHERE starts_at > {now} AND starts_at < {horizon} AND reminded_for IS DISTINCT FROM starts_at
                  AND (plan_id IS NULL OR plan_id NOT IN (SELECT id FROM support_plans WHERE closed_at IS NOT NULL))
                ORDER BY starts_at, id
                LIMIT {options.Value.BatchSize}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
            var ids = sessions.Select(s => s.Id).ToList();
            var confirmed = (await db.Registrations.AsNoTracking()
                .Where(r => ids.Contains(r.SessionId) && r.Status == RegistrationStatus.Confirmed).ToListAsync(cancellationToken))
                .ToLookup(r => r.SessionId);
            var events = 0;
            foreach (var session in sessions.Where(s => SessionReminder.IsDue(s.StartsAt, s.RemindedFor, now)))
            {
                if (confirmed[session.Id].Any())
                {
                    db.AddIntegrationEvent(OutgoingEvents.ForReminder(session, confirmed[session.Id], now));
                    events++;
                }
                session.RemindedFor = session.StartsAt;
            }
            return (sessions.Count, events);
        }, cancellationToken);
    }
}
