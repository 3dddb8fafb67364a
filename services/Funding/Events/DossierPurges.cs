using Defis.Funding.Domain;
using Defis.Funding.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Defis.Funding.Events;

/// <summary>
/// What Funding removes of a purged dossier (decision 0032), as tracked changes so the audit trail names the fields
/// changed: the lead's account on the dossier and on its expense lines. The accounting stays whole: grants, tranches,
/// payments, each expense's category, amount, date, provider and invoice (what an auditor matches the invoice by),
/// and the ministry's event sequence.
/// </summary>
internal static class DossierPurges
{
    public static async Task<bool> IsPurgedAsync(this FundingDbContext db, Guid dossierId, CancellationToken cancellationToken) =>
        await db.PurgedDossiers.AnyAsync(p => p.DossierId == dossierId, cancellationToken);

    /// <summary>Forgets the people of <paramref name="dossier"/>; a dossier that was ever committed money keeps its open-data line.</summary>
    public static async Task ForgetAsync(this FundingDbContext db, FundedDossier dossier, CancellationToken cancellationToken)
    {
        var funded = await db.Grants.AnyAsync(g => g.DossierId == dossier.DossierId && g.CommittedAt != null, cancellationToken);
        dossier.Forget(funded);
    }

    /// <summary>The expense lines keep what was declared, not who declared it: the lead's account goes with the dossier.</summary>
    public static async Task ForgetDeclarantsAsync(this FundingDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        var grantIds = db.Grants.Where(g => g.DossierId == dossierId).Select(g => g.Id);
        var lines = await db.Set<ExpenseLine>().Where(l => grantIds.Contains(EF.Property<Guid>(l, "GrantId"))).ToListAsync(cancellationToken);
        foreach (var line in lines)
        {
            db.Entry(line).Property(l => l.DeclaredBy).CurrentValue = "";
        }
    }
}
