using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Instruction;

/// <summary>
/// A drafted call as applicants will read it, for staff to read again, correct (ModifierAppel), publish, or delete once
/// they confirm it. Once published it is instructed on its call page, where this address then leads.
/// </summary>
public sealed class BrouillonModel(PlatformAccess platform) : PageModel
{
    public const string PublishFormId = "formulaire-publication";

    public Programme Programme { get; private set; } = new();

    public bool JustCreated { get; private set; }

    public bool JustRevised { get; private set; }

    [BindProperty]
    public DraftDeletionForm Suppression { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, bool cree, bool modifie, CancellationToken cancellationToken)
    {
        (JustCreated, JustRevised) = (cree, modifie);
        Programme = await platform.Client.Programmes.GetAsync(code, cancellationToken);
        return Programme.Status == ProgrammeStatus.Draft ? Page() : Redirect(CallPage(code));
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        try
        {
            await platform.Client.Programmes.PublishAsync(code, new PublishProgrammeRequest { Code = code }, cancellationToken);
            return Redirect(CallPage(code) + "?publie=true");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            // Its closing passed meanwhile, or someone published it: said once, on the form.
            return await RefusedAsync(code, FormErrors.FromRefusal(refused.Content, [], PublishFormId), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostSuppressionAsync(string code, CancellationToken cancellationToken)
    {
        var local = new FormErrors();
        if (!Suppression.MaySend(local))
        {
            return await RefusedAsync(code, DraftDeletionForm.Unsent(local), cancellationToken);
        }
        try
        {
            await platform.Client.Programmes.DeleteDraftAsync(code, cancellationToken);
            return Redirect($"/instruction?supprime={Uri.EscapeDataString(code)}");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(code, DraftDeletionForm.Refusal(refused.Content), cancellationToken);
        }
    }

    private async Task<IActionResult> RefusedAsync(string code, FormErrors errors, CancellationToken cancellationToken)
    {
        Programme = await platform.Client.Programmes.GetAsync(code, cancellationToken);
        Errors = errors;
        return this.Refused();
    }

    private static string CallPage(string code) => $"/instruction/appels/{Uri.EscapeDataString(code)}";
}
