using Defis.Contracts.Accompaniment.V1;
using Defis.Portal.Gateway;
using Defis.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Defis.Portal.Pages.Accompagnement;

/// <summary>
/// The support plans the person takes part in: a laureate's own projects, a coach's coached ones. Each list is asked
/// only of the role it belongs to, as the gateway's matrix serves it.
/// </summary>
public sealed class IndexModel(PlatformAccess platform) : PageModel
{
    public IReadOnlyList<SupportPlan> MyPlans { get; private set; } = [];

    public IReadOnlyList<SupportPlan> CoachedPlans { get; private set; } = [];

    public bool IsLaureate => User.IsInRole(Roles.Applicant);

    public bool IsCoach => User.IsInRole(Roles.Coach);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsLaureate)
        {
            MyPlans = (await platform.Client.Accompaniment.ListMyPlansAsync(cancellationToken)).Plans;
        }
        if (IsCoach)
        {
            CoachedPlans = (await platform.Client.Accompaniment.ListCoachPlansAsync(cancellationToken)).Plans;
        }
    }
}
