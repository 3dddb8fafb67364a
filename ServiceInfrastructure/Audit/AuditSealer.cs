using Defis.ServiceInfrastructure.Persistence;
using Defis.ServiceInfrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Defis.ServiceInfrastructure.Audit;

/// <summary>
/// Seals recorded audit entries into the chain, in the order they became visible, right after the commits that wrote
/// them. Sealing after the commit rather than inside it keeps the writers of a service from queuing on one chain head.
/// One sealer at a time per database (an advisory lock), whatever the number of instances.
/// </summary>
public sealed class AuditSealer<TContext>(TContext db) : IScheduledPass where TContext : ServiceDbContext
{
    private const int Batch = 500;
    internal const long SealLock = 0x0A0D17_5EA1;

    public Task<int> RunAsync(CancellationToken cancellationToken) => db.InTransactionAsync(async () =>
    {
        if (!await db.AuditTrail.AnyAsync(e => e.Position == null, cancellationToken))
        {
            return 0;
        }
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SealLock})", cancellationToken);
        var head = await db.AuditTrail.Where(e => e.Position != null).OrderByDescending(e => e.Position)
            .Select(e => new { Position = e.Position!.Value, Hash = e.Hash! }).FirstOrDefaultAsync(cancellationToken);
        var pending = await db.AuditTrail.Where(e => e.Position == null).OrderBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
        var (position, hash) = head is null ? (0L, AuditChain.Genesis) : (head.Position, head.Hash);
        foreach (var entry in pending)
        {
            entry.Seal(++position, hash);
            hash = entry.Hash!;
        }
        return pending.Count;
    }, cancellationToken);
}
