using Defis.Contracts.Accompaniment.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Accompagnement;

/// <summary>
/// One milestone of a plan. The team sends its evidence while the milestone awaits it; the coach then validates it
/// (which pays the tranche tied to it) or sends it back saying what is missing. Until it is validated or waived, the
/// coach may also move its due day or excuse the team from it. Who may do what is the platform's rule: the page only
/// offers what the person's place in the plan allows (a co-editor of the dossier reads, <see cref="PlanTeam"/>), and shows
/// any refusal on the form.
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

    [BindProperty]
    public RescheduleForm Report { get; set; } = new();

    [BindProperty]
    public WaiverForm Dispense { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    /// <summary>What just happened, for the confirmation: « justifie », « valide », « renvoye », « reporte » or « dispense ».</summary>
    public string? Done { get; private set; }

    public bool IsMember => PlanTeam.Leads(User, Plan);

    public bool IsCoach => Plan.CoachIds.Contains(User.Identity?.Name);

    public bool Open => Plan.ClosedAt is null;

    public bool AwaitsEvidence => Open && IsMember && AwaitsTeam;

    /// <summary>A co-editor of the dossier follows the milestone where the lead gets the evidence form.</summary>
    public bool AwaitsLeadsEvidence => Open && PlanTeam.OnlyCoEdits(User, Plan) && AwaitsTeam;

    private bool AwaitsTeam => Milestone.Status is MilestoneStatus.Planned or MilestoneStatus.InProgress or MilestoneStatus.Late;

    public bool AwaitsCoach => Open && IsCoach && Milestone.Status == MilestoneStatus.Submitted;

    /// <summary>A validated or waived milestone is closed: its day no longer matters and it cannot be waived again.</summary>
    public bool Reschedulable => Open && IsCoach && Milestone.Status is not (MilestoneStatus.Validated or MilestoneStatus.Waived);

    public async Task<IActionResult> OnGetAsync(string planId, string milestoneId, string? fait, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, milestoneId, cancellationToken))
        {
            return NotFound();
        }
        Done = fait;
        // Evidence sent back is shown again to be completed, not typed anew.
        Form = new EvidenceForm { Text = Milestone.EvidenceText, Link = Milestone.EvidenceLink };
        // The day to move starts from the current one, as a date input shows it.
        Report = RescheduleForm.From(Milestone.Due);
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

    public async Task<IActionResult> OnPostReporterAsync(string planId, string milestoneId, CancellationToken cancellationToken)
    {
        var local = new FormErrors();
        if (Report.ToRequest(planId, milestoneId, local) is not { } request)
        {
            return await RefusedAsync(planId, milestoneId, RescheduleForm.Unsent(local), cancellationToken);
        }
        return await ActAsync(planId, milestoneId, "reporte", RescheduleForm.Fields, RescheduleForm.FormId,
            () => platform.Client.Accompaniment.RescheduleMilestoneAsync(planId, milestoneId, request, cancellationToken),
            cancellationToken);
    }

    public async Task<IActionResult> OnPostDispenserAsync(string planId, string milestoneId, CancellationToken cancellationToken)
    {
        var local = new FormErrors();
        if (Dispense.ToRequest(planId, milestoneId, local) is not { } request)
        {
            return await RefusedAsync(planId, milestoneId, WaiverForm.Unsent(local), cancellationToken);
        }
        try
        {
            await platform.Client.Accompaniment.WaiveMilestoneAsync(planId, milestoneId, request, cancellationToken);
            return Redirect($"/accompagnement/plans/{planId}/jalons/{milestoneId}?fait=dispense");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(planId, milestoneId, WaiverForm.Refusal(refused.Content, local), cancellationToken);
        }
    }

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
            return await RefusedAsync(planId, milestoneId, FormErrors.FromRefusal(refused.Content, fields, formId), cancellationToken);
        }
    }

    private async Task<IActionResult> RefusedAsync(string planId, string milestoneId, FormErrors errors, CancellationToken cancellationToken)
    {
        Errors = errors;
        if (!await LoadAsync(planId, milestoneId, cancellationToken))
        {
            return NotFound();
        }
        // Another form was sent: the day to move shows the current one again rather than an empty box.
        if (!errors.Summary.Any(e => e.Input == RescheduleForm.FormId || RescheduleForm.Fields.Any(f => f.Input == e.Input)))
        {
            Report = RescheduleForm.From(Milestone.Due);
        }
        return this.Refused();
    }

    /// <summary>False when the plan has no such milestone (the plan itself, unknown or someone else's, is the platform's 404).</summary>
    private async Task<bool> LoadAsync(string planId, string milestoneId, CancellationToken cancellationToken)
    {
        Plan = await platform.Client.Accompaniment.GetPlanAsync(planId, cancellationToken);
        Milestone = Plan.Milestones.FirstOrDefault(m => m.Id == milestoneId) ?? new Milestone();
        return Milestone.Id.Length > 0;
    }
}
