using Defis.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Defis.Correspondence.Persistence;

/// <summary>
/// The lock that serialises, per dossier, the events about it, the uploads that count its bytes and its purge: held
/// until the transaction ends, so whichever comes second sees what the first committed.
/// </summary>
public static class DossierLock
{
    public static async Task LockDossierAsync(this CorrespondenceDbContext db, Guid dossierId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({dossierId.ToString()}, 0))", cancellationToken);

    /// <summary>Takes the dossier's lock, then tells whether it was purged (then nothing is written about it any more).</summary>
    public static async Task<bool> LockAndCheckPurgedAsync(this CorrespondenceDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        await db.LockDossierAsync(dossierId, cancellationToken);
        return await db.PurgedDossiers.AnyAsync(p => p.DossierId == dossierId, cancellationToken);
    }

    /// <summary>
    /// For a writer that checked the dossier's team before its transaction: takes the lock, and NOT_FOUND if the dossier
    /// was purged in between (then its team is gone too, so the writer would have been told the same a moment later).
    /// </summary>
    public static async Task RequireNotPurgedAsync(this CorrespondenceDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        if (await db.LockAndCheckPurgedAsync(dossierId, cancellationToken))
        {
            throw new NotFoundException("Dossier", dossierId.ToString());
        }
    }
}
