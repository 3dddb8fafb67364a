using Defis.Contracts.Accompaniment.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Accompagnement;

/// <summary>
/// A support plan: its project, team, coaches and milestones, each leading to its own page, and the team's check-ins.
/// A coach of the plan adds milestones; a member of the team records check-ins, which everyone on the plan reads (the
/// platform's rules: programme staff and the dossier's co-editors read, and change neither). Someone outside the plan
/// gets 404 from the platform.
/// </summary>
public sealed class PlanModel(PlatformAccess platform) : PageModel
{
    public SupportPlan Plan { get; private set; } = new();

    /// <summary>Newest first: the last check-in is the one a coach reads before meeting the team.</summary>
    public IReadOnlyList<CheckIn> CheckIns { get; private set; } = [];

    [BindProperty]
    public MilestoneForm Jalon { get; set; } = new();

    [BindProperty]
    public CheckInForm PointEtape { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    /// <summary>What just happened, for the confirmation: « jalon-ajoute » or « point-enregistre ».</summary>
    public string? Done { get; private set; }

    public bool Open => Plan.ClosedAt is null;

    public bool AddsMilestones => Open && Plan.CoachIds.Contains(User.Identity?.Name);

    public bool RecordsCheckIns => Open && PlanTeam.Leads(User, Plan);

    /// <summary>A co-editor of the dossier reads the check-ins where the lead gets the form.</summary>
    public bool FollowsCheckIns => Open && PlanTeam.OnlyCoEdits(User, Plan);

    public async Task OnGetAsync(string planId, string? fait, CancellationToken cancellationToken)
    {
        await LoadAsync(planId, cancellationToken);
        Done = fait;
    }

    public async Task<IActionResult> OnPostJalonAsync(string planId, CancellationToken cancellationToken)
    {
        var local = new FormErrors();
        var request = Jalon.ToRequest(planId, local);
        try
        {
            await platform.Client.Accompaniment.AddMilestoneAsync(planId, request, cancellationToken);
            return Redirect($"/accompagnement/plans/{planId}?fait=jalon-ajoute");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(planId, MilestoneForm.Refusal(refused.Content, local), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostPointAsync(string planId, CancellationToken cancellationToken)
    {
        try
        {
            await platform.Client.Accompaniment.RecordCheckInAsync(planId, PointEtape.ToRequest(planId), cancellationToken);
            return Redirect($"/accompagnement/plans/{planId}?fait=point-enregistre");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(planId, CheckInForm.Refusal(refused.Content), cancellationToken);
        }
    }

    private async Task<PageResult> RefusedAsync(string planId, FormErrors errors, CancellationToken cancellationToken)
    {
        await LoadAsync(planId, cancellationToken);
        Errors = errors;
        return this.Refused();
    }

    private async Task LoadAsync(string planId, CancellationToken cancellationToken)
    {
        Plan = await platform.Client.Accompaniment.GetPlanAsync(planId, cancellationToken);
        var checkIns = await platform.Client.Accompaniment.ListCheckInsAsync(planId, cancellationToken);
        CheckIns = [.. checkIns.CheckIns.OrderByDescending(c => c.SubmittedAt?.ToDateTimeOffset())];
    }
}
