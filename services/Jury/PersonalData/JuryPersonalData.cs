using Defis.Jury.Domain;
using Defis.Jury.Persistence;
using Defis.ServiceInfrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace Defis.Jury.PersonalData;

/// <summary>The person's seats, conflicts, assignments and reviews in Jury (decision 0030), read only.</summary>
public sealed class JuryPersonalData(JuryDbContext db) : IPersonalDataSource
{
    private static readonly string[] NotIncluded =
    [
        "Les évaluations des autres jurés, les classements et les délibérations du jury : ils ne sont pas à vous.",
        "Le contenu des dossiers : seuls ceux qui vous ont été attribués figurent ici, par leur référence.",
        "Les autres membres de vos jurys, et l'identité des agents qui ont levé un conflit ou rouvert une évaluation.",
        "Les copies des dossiers déposés que ce service garde : les dossiers de votre équipe sont dans la partie « submission ».",
        "Le journal d'audit propre au jury (décision 0014), pour la même raison que la piste d'audit.",
    ];

    public async Task<PersonalDataPart> CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var id = subject.Id;
        // Members and declarations are stored as JSON lists: a programme has one panel per phase and one register, so
        // reading them all and keeping the person's is cheap; the domain picks what is theirs.
        var panels = await db.Panels.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var registers = await db.ConflictRegisters.AsNoTracking().OrderBy(r => r.ProgrammeCode).ToListAsync(cancellationToken);
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.JurorUserId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.JurorUserId == id).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return new PersonalDataPart(JurorRecord.Of(id, panels, registers, assignments, reviews), NotIncluded);
    }
}
