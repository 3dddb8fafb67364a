using Defis.Accompaniment.Domain.Plans;
using Defis.SharedKernel.Errors;

namespace Defis.Accompaniment.Domain.Access;

/// <summary>
/// Access rules as pure functions. Coaches see the plans they are assigned to, a laureate team sees its
/// own plan, programme staff see all. Reading refused answers "not found" so that a plan's existence
/// leaks to no one; acting on a visible plan without the right answers "permission denied" (the plan's
/// own methods check that).
/// </summary>
public static class AccompanimentAccess
{
    public static bool CanReadPlan(Caller caller, SupportPlan plan) =>
        caller.Is(AccompanimentRoles.ProgrammeStaff) || plan.IsCoach(caller.UserId) || plan.IsLaureateMember(caller.UserId);

    /// <summary>Check-ins are for the coaches and staff who follow the plan, and for the team that wrote them.</summary>
    public static bool CanReadCheckIns(Caller caller, SupportPlan plan) => CanReadPlan(caller, plan);

    /// <summary>The portfolio of a programme: staff see every plan, a coach only theirs, a laureate none.</summary>
    public static IEnumerable<SupportPlan> PortfolioPlans(Caller caller, IEnumerable<SupportPlan> plans) =>
        caller.Is(AccompanimentRoles.ProgrammeStaff) ? plans
        : caller.Is(AccompanimentRoles.Coach) ? plans.Where(p => p.IsCoach(caller.UserId))
        : [];

    public static SupportPlan RequireVisiblePlan(Caller caller, Guid planId, SupportPlan? plan) =>
        plan is not null && plan.Id == planId && CanReadPlan(caller, plan)
            ? plan
            : throw new NotFoundException("Plan d'accompagnement", planId.ToString());

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
}
