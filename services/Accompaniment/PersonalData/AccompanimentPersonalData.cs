using Defis.Accompaniment.Persistence;
using Defis.ServiceInfrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace Defis.Accompaniment.PersonalData;

/// <summary>
/// The plans where the person is coach or team member or co-edits the dossier (by the token's e-mail), and their session
/// registrations (decision 0030), read only.
/// </summary>
public sealed class AccompanimentPersonalData(AccompanimentDbContext db) : IPersonalDataSource
{
    private static readonly string[] NotIncluded =
    [
        "Les autres coachs et membres de l'équipe de vos plans, et les autres inscrits de vos sessions.",
        "L'identité des agents qui ont validé vos jalons.",
        "Les copies des dossiers lauréats que ce service garde : les dossiers sont dans la partie « submission ».",
    ];

    public async Task<PersonalDataPart> CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var id = subject.Id;
        var coEdited = db.CoEditedDossierIds(subject.Email);
        var plans = await db.Plans.AsNoTracking().Where(p => p.MemberIds.Contains(id) || p.CoachIds.Contains(id) || coEdited.Contains(p.DossierId))
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var planIds = plans.Select(p => p.Id).ToList();
        var milestones = await db.Milestones.AsNoTracking().Where(m => planIds.Contains(m.PlanId)).OrderBy(m => m.Due).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => planIds.Contains(c.PlanId)).OrderBy(c => c.SubmittedAt)
            .ToListAsync(cancellationToken);
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.UserId == id)
            .Join(db.Sessions.AsNoTracking(), r => r.SessionId, s => s.Id, (r, s) => new SessionRegistration(s.Id, s.Title, s.Kind, s.StartsAt, s.EndsAt,
                s.Location, r.Email, r.Status, r.RegisteredAt, r.PromotedAt, r.CancelledAt, r.Attended))
            .ToListAsync(cancellationToken);
        var personal = plans.Select(p => new PersonalPlan(p.Id, p.DossierId, p.ProjectTitle, p.Phase,
            RoleIn(p, id), p.StartsOn, p.EndsOn, p.OpenedAt, p.ClosedAt, p.ClosureReason,
            [.. milestones.Where(m => m.PlanId == p.Id).Select(m => new PlanMilestone(m.Id, m.Title, m.Due, m.Status, m.EvidenceText, m.EvidenceLink,
                m.SubmittedAt, m.ValidatedAt, m.Note))],
            [.. checkIns.Where(c => c.PlanId == p.Id).Select(c => new PlanCheckIn(c.Id, c.SubmittedAt, c.Progress, c.Risks, c.HelpNeeded, c.AuthorId == id))]));
        return new PersonalDataPart(new AccompanimentPart([.. personal], [.. registrations.OrderBy(r => r.StartsAt)]), NotIncluded);
    }

    /// <summary>Selected because the person coaches, leads or co-edits it, in that order.</summary>
    private static PlanRole RoleIn(PlanRow plan, string id) =>
        plan.CoachIds.Contains(id) ? PlanRole.Coach : plan.MemberIds.Contains(id) ? PlanRole.Team : PlanRole.CoEditor;
}
