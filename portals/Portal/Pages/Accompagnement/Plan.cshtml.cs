using Defis.Contracts.Accompaniment.V1;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Defis.Portal.Pages.Accompagnement;

/// <summary>A support plan: its project, team, coaches and milestones, each leading to its own page. Someone outside the plan gets 404 from the platform.</summary>
public sealed class PlanModel(PlatformAccess platform) : PageModel
{
    public SupportPlan Plan { get; private set; } = new();

    public async Task OnGetAsync(string planId, CancellationToken cancellationToken) =>
        Plan = await platform.Client.Accompaniment.GetPlanAsync(planId, cancellationToken);
}
