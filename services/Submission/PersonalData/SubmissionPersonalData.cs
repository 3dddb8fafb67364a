using Defis.ServiceInfrastructure.PersonalData;
using Defis.Submission.Domain;
using Defis.Submission.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Defis.Submission.PersonalData;

/// <summary>The dossiers a person leads or was invited to edit, and those invitations (decision 0030).</summary>
public sealed class SubmissionPersonalData(SubmissionDbContext db) : IPersonalDataSource
{
    private static readonly string[] NotIncluded =
    [
        "Les dossiers d'autres équipes, même d'un appel où vous avez déposé.",
        "L'identité des personnes (agents du programme, autres membres de l'équipe) qui ont changé le statut de vos dossiers : l'historique indique seulement si le changement était le vôtre.",
        "Les pièces jointes : leur liste est dans la partie « correspondence ».",
    ];

    public async Task<PersonalDataPart> CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var person = Actor.Applicant(subject.Id, subject.Email);
        var email = subject.Email ?? "";
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => d.CreatedBy == subject.Id || d.CoEditorEmails.Contains(email))
            .OrderBy(d => d.Id)
            .ToListAsync(cancellationToken);
        // The query selects; the domain decides again what is the person's, so a loose filter cannot leak a dossier.
        var own = dossiers.Select(d => PersonalDossier.Of(d, person)).OfType<PersonalDossier>().ToList();
        var invitations = own.Select(d => CoEditorInvitation.Of(d, person)).OfType<CoEditorInvitation>().ToList();
        return new PersonalDataPart(new SubmissionPart(own, invitations), NotIncluded);
    }

    private sealed record SubmissionPart(IReadOnlyList<PersonalDossier> Dossiers, IReadOnlyList<CoEditorInvitation> Invitations);
}
