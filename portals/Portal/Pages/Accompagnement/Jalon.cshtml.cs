using Defis.Contracts.Accompaniment.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Accompagnement;

/// <summary>
/// One milestone of a plan. The team sends its evidence while the milestone awaits it; the coach then validates it
/// (which pays the tranche tied to it) or sends it back saying what is missing. Who may do what is the platform's
/// rule: the page only offers what the person's place in the plan allows, and shows any refusal on the form.
/// </summary>
public sealed class JalonModel(PlatformAccess platform) : PageModel
{
    public const string EvidenceFormId = "formulaire-justificatif";
    public const string ValidationFormId = "formulaire-validation";
    public const string ReturnFormId = "formulaire-renvoi";

    public SupportPlan Plan { get; private set; } = new();

    public Milestone Milestone { get; private set; } = new();

    [BindProperty]
    public EvidenceForm Form { get; set; } = new();

    [BindProperty]
    public MilestoneReturnForm Retour { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    /// <summary>What just happened, for the confirmation: « justifie », « valide » or « renvoye ».</summary>
    public string? Done { get; private set; }

    public bool IsMember => Plan.MemberIds.Contains(User.Identity?.Name);

    public bool IsCoach => Plan.CoachIds.Contains(User.Identity?.Name);

    public bool Open => Plan.ClosedAt is null;

    public bool AwaitsEvidence => Open && IsMember
        && Milestone.Status is MilestoneStatus.Planned or MilestoneStatus.InProgress or MilestoneStatus.Late;

    public bool AwaitsCoach => Open && IsCoach && Milestone.Status == MilestoneStatus.Submitted;

    public async Task<IActionResult> OnGetAsync(string planId, string milestoneId, string? fait, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, milestoneId, cancellationToken))
        {
            return NotFound();
        }
        Done = fait;
        // Evidence sent back is shown again to be completed, not typed anew.
        Form = new EvidenceForm { Text = Milestone.EvidenceText, Link = Milestone.EvidenceLink };
        return Page();
    }

    public Task<IActionResult> OnPostJustifierAsync(string planId, string milestoneId, CancellationToken cancellationToken) =>
        ActAsync(planId, milestoneId, "justifie", EvidenceForm.Fields, EvidenceFormId,
            () => platform.Client.Accompaniment.SubmitEvidenceAsync(planId, milestoneId, Form.ToRequest(planId, milestoneId), cancellationToken),
            cancellationToken);

    public Task<IActionResult> OnPostValiderAsync(string planId, string milestoneId, CancellationToken cancellationToken) =>
        ActAsync(planId, milestoneId, "valide", [], ValidationFormId,
            () => platform.Client.Accompaniment.ValidateMilestoneAsync(planId, milestoneId, new MilestoneRequest { PlanId = planId, MilestoneId = milestoneId }, cancellationToken),
            cancellationToken);

    public Task<IActionResult> OnPostRenvoyerAsync(string planId, string milestoneId, CancellationToken cancellationToken) =>
        ActAsync(planId, milestoneId, "renvoye", MilestoneReturnForm.Fields, ReturnFormId,
            () => platform.Client.Accompaniment.ReturnMilestoneAsync(planId, milestoneId, Retour.ToRequest(planId, milestoneId), cancellationToken),
            cancellationToken);

    /// <summary>The change, then the page again with its confirmation; a refusal shows the page with what was typed and the platform's words.</summary>
    private async Task<IActionResult> ActAsync(string planId, string milestoneId, string done, IReadOnlyList<FormField> fields, string formId,
        Func<Task<SupportPlan>> change, CancellationToken cancellationToken)
    {
        try
        {
            await change();
            return Redirect($"/accompagnement/plans/{planId}/jalons/{milestoneId}?fait={done}");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            Errors = FormErrors.FromRefusal(refused.Content, fields, formId);
            return await LoadAsync(planId, milestoneId, cancellationToken) ? this.Refused() : NotFound();
        }
    }

    /// <summary>False when the plan has no such milestone (the plan itself, unknown or someone else's, is the platform's 404).</summary>
    private async Task<bool> LoadAsync(string planId, string milestoneId, CancellationToken cancellationToken)
    {
        Plan = await platform.Client.Accompaniment.GetPlanAsync(planId, cancellationToken);
        Milestone = Plan.Milestones.FirstOrDefault(m => m.Id == milestoneId) ?? new Milestone();
        return Milestone.Id.Length > 0;
    }
}
