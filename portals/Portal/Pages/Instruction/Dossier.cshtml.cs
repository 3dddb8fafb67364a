using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Instruction;

/// <summary>
/// A filed dossier as staff instruct it: they start its review, or send it back to its team with what to correct and
/// an optional deadline. The platform decides what its state allows; the page offers only that and shows any refusal
/// on the form, with what was typed.
/// </summary>
public sealed class DossierModel(PlatformAccess platform) : PageModel
{
    public const string ReviewFormId = "formulaire-instruction";

    public Dossier Dossier { get; private set; } = new();

    [BindProperty]
    public CorrectionForm Form { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    /// <summary>What just happened, for the confirmation: « instruction » or « correction ».</summary>
    public string? Done { get; private set; }

    public bool CanStartReview => Dossier.Status is DossierStatus.Submitted or DossierStatus.Resubmitted;

    public bool CanReturn => Dossier.Status is DossierStatus.Submitted or DossierStatus.Resubmitted or DossierStatus.UnderReview;

    public async Task OnGetAsync(string id, string? fait, CancellationToken cancellationToken)
    {
        Dossier = await platform.Client.Dossiers.GetAsync(id, cancellationToken);
        Done = fait;
    }

    public async Task<IActionResult> OnPostInstruireAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await platform.Client.Dossiers.StartReviewAsync(id, new StartReviewRequest { DossierId = id }, cancellationToken);
            return Redirect($"/instruction/dossiers/{id}?fait=instruction");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            Form = new CorrectionForm();
            return await RefusedAsync(id, FormErrors.FromRefusal(refused.Content, [], ReviewFormId), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostCorrigerAsync(string id, CancellationToken cancellationToken)
    {
        var local = new FormErrors();
        var request = Form.ToRequest(id, local);
        try
        {
            await platform.Client.Dossiers.ReturnForCorrectionAsync(id, request, cancellationToken);
            return Redirect($"/instruction/dossiers/{id}?fait=correction");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(id, FormErrors.FromRefusalBesides(refused.Content, CorrectionForm.Fields, CorrectionForm.FormId, local), cancellationToken);
        }
    }

    private async Task<PageResult> RefusedAsync(string id, FormErrors errors, CancellationToken cancellationToken)
    {
        Dossier = await platform.Client.Dossiers.GetAsync(id, cancellationToken);
        Errors = errors;
        return this.Refused();
    }
}
