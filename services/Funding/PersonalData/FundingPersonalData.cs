using Defis.Funding.Persistence;
using Defis.ServiceInfrastructure.PersonalData;
using Defis.SharedKernel.Teams;
using Microsoft.EntityFrameworkCore;

namespace Defis.Funding.PersonalData;

/// <summary>
/// The grants of the dossiers the person leads or co-edits, with their tranches and declared expenses (decision 0030),
/// read only.
/// </summary>
public sealed class FundingPersonalData(FundingDbContext db) : IPersonalDataSource
{
    private static readonly string[] NotIncluded =
    [
        "Les enveloppes, règles de financement et échanges avec le ministère : ils concernent l'appel, pas vous.",
        "L'identité des agents qui ont engagé la subvention ou versé les tranches, et les données ouvertes publiées (publiques par la loi).",
    ];

    public async Task<PersonalDataPart> CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var id = subject.Id;
        var email = EmailAddress.Normalised(subject.Email);
        var coEdited = db.Teams.Where(t => email.Length > 0 && t.CoEditorEmails.Contains(email)).Select(t => t.DossierId);
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => d.OwnerId == id || coEdited.Contains(d.DossierId))
            .Select(d => new FundedDossierTitle(d.DossierId, d.Reference, d.Title)).ToListAsync(cancellationToken);
        var dossierIds = dossiers.Select(d => d.DossierId).ToList();
        var grants = await db.Grants.AsNoTracking().Where(g => dossierIds.Contains(g.DossierId)).OrderBy(g => g.Id).ToListAsync(cancellationToken);
        var grantIds = grants.Select(g => g.Id).ToList();
        var ledgers = await db.ExpenseLedgers.AsNoTracking().Include(l => l.Lines).Where(l => grantIds.Contains(l.GrantId))
            .ToDictionaryAsync(l => l.GrantId, cancellationToken);
        var byDossier = dossiers.ToDictionary(d => d.DossierId);
        var part = new FundingPart([.. grants.Select(g => TeamGrant.Of(g, byDossier[g.DossierId], ledgers.GetValueOrDefault(g.Id), id))]);
        return new PersonalDataPart(part, NotIncluded);
    }
}
