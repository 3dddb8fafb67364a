using Defis.Correspondence.Domain.PersonalData;
using Defis.Correspondence.Persistence;
using Defis.ServiceInfrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace Defis.Correspondence.PersonalData;

/// <summary>The person's threads, files' list and notes in Correspondence (decision 0030), read only.</summary>
public sealed class CorrespondencePersonalData(CorrespondenceDbContext db) : IPersonalDataSource
{
    private static readonly string[] NotIncluded =
    [
        "Le contenu des fichiers : seuls leur nom, leur taille et leur empreinte SHA-256 figurent ici ; les fichiers se téléchargent depuis le dossier.",
        "L'identité des autres auteurs des messages : ils sont désignés comme « team » (votre équipe) ou « programmeStaff » (l'équipe du programme).",
        "Les fichiers des dossiers que vous évaluez comme juré, et les notes internes de l'équipe du programme que vous n'avez pas écrites.",
        "Qui d'autre a lu les messages.",
    ];

    public async Task<PersonalDataPart> CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var id = subject.Id;
        var email = subject.Email ?? "";
        var dossiers = await db.Teams.AsNoTracking().Where(t => t.LeadId == id || t.CoEditorEmails.Contains(email)).OrderBy(t => t.DossierId)
            .Select(t => new TeamDossier(t.DossierId, t.Reference, t.ProgrammeCode, t.LeadId == id)).ToListAsync(cancellationToken);
        var team = dossiers.Select(d => d.DossierId).ToList();
        var messages = await db.Messages.AsNoTracking().Where(m => m.AuthorId == id || team.Contains(m.DossierId)).OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
        var files = await db.Attachments.AsNoTracking().Where(a => a.UploadedBy == id || team.Contains(a.DossierId)).OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var notes = await db.Annotations.AsNoTracking().Where(n => n.AuthorId == id).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        return new PersonalDataPart(CorrespondenceRecord.Of(id, dossiers, messages, files, notes), NotIncluded);
    }
}
