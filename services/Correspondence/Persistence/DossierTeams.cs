using Defis.Correspondence.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Defis.Correspondence.Persistence;

/// <summary>Reads a dossier's people (team and assigned jurors) as the access rules take them.</summary>
public static class DossierTeams
{
    /// <summary>The dossier's people, or null when Submission has not told us about it yet.</summary>
    public static async Task<DossierTeam?> TeamAsync(this CorrespondenceDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        var row = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.DossierId == dossierId, cancellationToken);
        if (row is null)
        {
            return null;
        }
        var jurors = await db.Reviewers.AsNoTracking().Where(r => r.DossierId == dossierId && !r.Ended)
            .Select(r => r.JurorId).Distinct().ToListAsync(cancellationToken);
        return row.ToDomain(jurors);
    }
}
