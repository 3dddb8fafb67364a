using Defis.Accompaniment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Defis.Accompaniment.Events;

/// <summary>What each filing tells Accompaniment of a dossier's co-editors (<see cref="DossierTeam"/>).</summary>
internal static class DossierTeams
{
    /// <summary>
    /// Under the dossier's lock, as its purge: nobody is remembered for a purged dossier. A null list (an older producer)
    /// tells nothing.
    /// </summary>
    public static async Task HearTeamAsync(this AccompanimentDbContext db, Guid dossierId, IReadOnlyList<string>? coEditorEmails, DateTimeOffset filedAt,
        CancellationToken cancellationToken)
    {
        if (coEditorEmails is null)
        {
            return;
        }
        await db.LockDossierAsync(dossierId, cancellationToken);
        if (await db.PurgedDossiers.AnyAsync(p => p.DossierId == dossierId, cancellationToken))
        {
            return;
        }
        var team = await db.Teams.FindAsync([dossierId], cancellationToken);
        if (team is null)
        {
            team = new DossierTeam { DossierId = dossierId };
            db.Teams.Add(team);
        }
        team.Hear(coEditorEmails, filedAt);
    }

    /// <summary>The purge forgets the co-editors with the lead.</summary>
    public static async Task ForgetTeamAsync(this AccompanimentDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        if (await db.Teams.FindAsync([dossierId], cancellationToken) is { } team)
        {
            db.Teams.Remove(team);
        }
    }
}
