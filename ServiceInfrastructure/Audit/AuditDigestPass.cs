using Defis.Contracts.Events;
using Defis.ServiceInfrastructure.Persistence;
using Defis.ServiceInfrastructure.Scheduling;
using Defis.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Defis.ServiceInfrastructure.Audit;

/// <summary>
/// Once a Paris day has ended, records the chain's head as that day's digest and announces it, once (the day is the
/// digest's key; a second instance or a rerun finds it recorded). Entries of the day sealed later still chain after it.
/// </summary>
public sealed class AuditDigestPass<TContext>(TContext db, TimeProvider time, AuditTrailName trail) : IScheduledPass
    where TContext : ServiceDbContext
{
    public Task<int> RunAsync(CancellationToken cancellationToken) => db.InTransactionAsync(async () =>
    {
        var now = time.GetUtcNow();
        var day = ParisTime.DateOf(now).AddDays(-1);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AuditSealer<TContext>.SealLock})", cancellationToken);
        if (await db.AuditTrailDigests.AnyAsync(d => d.Day == day, cancellationToken))
        {
            return 0;
        }
        var head = await db.AuditTrail.Where(e => e.Position != null).OrderByDescending(e => e.Position)
            .Select(e => new { Position = e.Position!.Value, Hash = e.Hash! }).FirstOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return 0;
        }
        db.AuditTrailDigests.Add(AuditTrailDigest.Of(day, head.Position, head.Hash, now));
        db.AddIntegrationEvent(new AuditTrailDigestRecorded(trail.Service, day, head.Position, head.Hash) { OccurredAt = now });
        return 1;
    }, cancellationToken);
}

/// <summary>The service whose trail this is, as its digests and its routes name it ("submission", "funding"…).</summary>
public sealed record AuditTrailName(string Service);
