using Defis.Accompaniment.Domain.Plans;
using Defis.SharedKernel.Errors;

namespace Defis.Accompaniment.Domain.Access;

/// <summary>
/// Access rules as pure functions. Coaches see the plans they are assigned to, a laureate team sees its
/// own plan, programme staff see all, and the co-editors of the plan's dossier read it with its lead but act on none of
/// it. Reading refused answers "not found" so that a plan's existence leaks to no one; acting on a visible plan without
/// the right answers "permission denied" (the plan's own methods check that, and <see cref="RequirePlanToChange"/> for
/// co-editors).
/// </summary>
public static class AccompanimentAccess
{
    /// <summary>Why a co-editor's change is refused: said once, whatever they tried.</summary>
    public const string LeadAlone =
        "Seul le porteur du dossier lauréat peut agir sur son plan d'accompagnement (démarrer un jalon, remettre un justificatif, faire un point d'étape) ; ses co-éditeurs le consultent.";

    public static bool CanReadPlan(Caller caller, SupportPlan plan, CoEditors coEditors) =>
        WorksOnPlan(caller, plan) || CoEdits(caller, plan, coEditors);

    /// <summary>Check-ins are for the coaches and staff who follow the plan, and for the team that wrote them.</summary>
    public static bool CanReadCheckIns(Caller caller, SupportPlan plan, CoEditors coEditors) => CanReadPlan(caller, plan, coEditors);

    /// <summary>Reads the plan only because its dossier's filing named them: it is the lead's to act on.</summary>
    public static bool OnlyCoEdits(Caller caller, SupportPlan plan, CoEditors coEditors) =>
        !WorksOnPlan(caller, plan) && CoEdits(caller, plan, coEditors);

    /// <summary>The portfolio of a programme: staff see every plan, a coach only theirs, a laureate none.</summary>
    public static IEnumerable<SupportPlan> PortfolioPlans(Caller caller, IEnumerable<SupportPlan> plans) =>
        caller.Is(AccompanimentRoles.ProgrammeStaff) ? plans
        : caller.Is(AccompanimentRoles.Coach) ? plans.Where(p => p.IsCoach(caller.UserId))
        : [];

    public static SupportPlan RequireVisiblePlan(Caller caller, Guid planId, SupportPlan? plan, CoEditors coEditors) =>
        plan is not null && plan.Id == planId && CanReadPlan(caller, plan, coEditors)
            ? plan
            : throw new NotFoundException("Plan d'accompagnement", planId.ToString());

    /// <summary>
    /// The plan someone means to change: not found for whoever may not read it, denied to a co-editor; for the others the
    /// plan's own methods then say who does what.
    /// </summary>
    public static SupportPlan RequirePlanToChange(Caller caller, Guid planId, SupportPlan? plan, CoEditors coEditors)
    {
        var visible = RequireVisiblePlan(caller, planId, plan, coEditors);
        return OnlyCoEdits(caller, visible, coEditors) ? throw new PermissionDeniedException(LeadAlone) : visible;
    }

    /// <summary>Scheduling sessions, changing their capacity and taking attendance: staff and coaches.</summary>
    public static bool CanOrganiseSessions(Caller caller) =>
        caller.Is(AccompanimentRoles.ProgrammeStaff) || caller.Is(AccompanimentRoles.Coach);

    public static void RequireOrganiser(Caller caller)
    {
        if (!CanOrganiseSessions(caller))
        {
            throw new PermissionDeniedException("Seules l'équipe du programme et les coachs organisent les séances.");
        }
    }

    private static bool WorksOnPlan(Caller caller, SupportPlan plan) =>
        caller.Is(AccompanimentRoles.ProgrammeStaff) || plan.IsCoach(caller.UserId) || plan.IsLaureateMember(caller.UserId);

    /// <summary>The team read must be the plan's dossier's: another dossier's co-editors are nobody here.</summary>
    private static bool CoEdits(Caller caller, SupportPlan plan, CoEditors coEditors) =>
        coEditors.DossierId == plan.DossierId && coEditors.Include(caller);
}
