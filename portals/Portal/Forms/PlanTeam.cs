using System.Security.Claims;
using Defis.Contracts.Accompaniment.V1;
using Defis.ServiceDefaults.Security;

namespace Defis.Portal.Forms;

/// <summary>
/// Who acts on a support plan the platform let the signed-in person read, as the portal offers its forms. The lead (the
/// plan's team) records check-ins and hands in evidence. An applicant who is neither on the plan's team nor its coach
/// reads it only because the dossier's filing named them a co-editor, since the platform shows a plan to no other
/// applicant: they follow it and are told the lead acts, rather than offered a form the platform refuses them.
/// </summary>
public static class PlanTeam
{
    public static bool Leads(ClaimsPrincipal user, SupportPlan plan) => plan.MemberIds.Contains(user.Identity?.Name);

    public static bool OnlyCoEdits(ClaimsPrincipal user, SupportPlan plan) =>
        user.IsInRole(Roles.Applicant) && !user.IsInRole(Roles.ProgrammeStaff)
        && !Leads(user, plan) && !plan.CoachIds.Contains(user.Identity?.Name);
}
