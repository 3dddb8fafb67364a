using Defis.Accompaniment.Domain.Access;
using Defis.SharedKernel.Teams;
using Microsoft.EntityFrameworkCore;

namespace Defis.Accompaniment.Persistence;

/// <summary>Who co-edits which dossier, read when a call asks: the team may change after the plan opened.</summary>
public static class CoEditorStore
{
    public static async Task<CoEditors> CoEditorsOfAsync(this AccompanimentDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        var emails = await db.Teams.AsNoTracking().Where(t => t.DossierId == dossierId).Select(t => t.CoEditorEmails).SingleOrDefaultAsync(cancellationToken);
        return new CoEditors(dossierId, emails ?? []);
    }

    /// <summary>The dossiers <paramref name="caller"/> co-edits, as <see cref="CoEditors.Include"/> decides it, for a query.</summary>
    public static IQueryable<Guid> CoEditedDossierIds(this AccompanimentDbContext db, Caller caller) =>
        db.CoEditedDossierIds(caller.Is(AccompanimentRoles.Laureate) ? caller.Email : null);

    /// <summary>The dossiers whose team names <paramref name="email"/> (a token's); none for no address.</summary>
    public static IQueryable<Guid> CoEditedDossierIds(this AccompanimentDbContext db, string? email)
    {
        var address = EmailAddress.Normalised(email);
        return db.Teams.Where(t => address.Length > 0 && t.CoEditorEmails.Contains(address)).Select(t => t.DossierId);
    }
}
