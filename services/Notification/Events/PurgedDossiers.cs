using Defis.Contracts.Events;
using Defis.Notification.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Defis.Notification.Events;

/// <summary>
/// The dossiers purged here (decision 0032) and the lock that orders a purge with the other events of its dossier: a
/// consumer writing about a dossier takes the lock shared, the purge takes it alone, so whichever commits second sees
/// the other — an event handled while the purge runs waits for it, then finds the dossier purged and writes nothing.
/// </summary>
public sealed class PurgedDossiers(NotificationDbContext db)
{
    /// <summary>Takes the dossier's lock (shared) for the transaction; true when the dossier was purged.</summary>
    public async Task<bool> ContainsAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared(hashtextextended({dossierId.ToString()}, 0))", cancellationToken);
        return await db.PurgedDossiers.AnyAsync(p => p.DossierId == dossierId, cancellationToken);
    }

    /// <summary>Takes the dossier's lock alone for the transaction: the purge waits for the events being handled about it.</summary>
    public Task LockAsync(Guid dossierId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({dossierId.ToString()}, 0))", cancellationToken);

    /// <summary>The dossier an event is about, if any, and whether it was purged (its lock then held shared).</summary>
    public async Task<(Guid? DossierId, bool Purged)> AboutAsync(IntegrationEvent evt, CancellationToken cancellationToken)
    {
        var dossierId = await DossierOfAsync(evt, cancellationToken);
        return (dossierId, dossierId is { } id && await ContainsAsync(id, cancellationToken));
    }

    /// <summary>
    /// The dossier an event is about, so that what it causes can be purged with the dossier: its <c>DossierId</c>, or
    /// the dossier of its <c>GrantId</c> (tranches name only the grant) — the contracts' names for both. None for
    /// <see cref="DossierPurged"/> itself: it names nobody, and partners still hear of it after the purge.
    /// </summary>
    private async Task<Guid?> DossierOfAsync(IntegrationEvent evt, CancellationToken cancellationToken)
    {
        if (evt is DossierPurged)
        {
            return null;
        }
        if (Read(evt, "DossierId") is { } dossierId)
        {
            return dossierId;
        }
        return Read(evt, "GrantId") is { } grantId ? await DossierOfGrantAsync(grantId, cancellationToken) : null;
    }

    public async Task<Guid?> DossierOfGrantAsync(Guid grantId, CancellationToken cancellationToken) =>
        await db.GrantDossiers.Where(g => g.GrantId == grantId).Select(g => (Guid?)g.DossierId).FirstOrDefaultAsync(cancellationToken);

    private static Guid? Read(IntegrationEvent evt, string property) => evt.GetType().GetProperty(property)?.GetValue(evt) as Guid?;
}
