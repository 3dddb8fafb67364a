using Defis.Contracts.Jury.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Jury;

/// <summary>
/// The president's decision for a panel: while it is prepared, they stage (or restage) selections, each with its
/// recommended grant and rationale, then publish it in one act; once published, every candidate's outcome is shown
/// and nothing changes any more. The platform shows a decision to its panel's president and to staff only (404 else).
/// </summary>
public sealed class DecisionModel(PlatformAccess platform) : PageModel
{
    private const string ReleaseFormId = "formulaire-publication";

    public Decision Decision { get; private set; } = new();

    public bool Released => Decision.Status == DecisionStatus.Released;

    [BindProperty]
    public SelectionForm Form { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public bool JustStaged { get; private set; }

    public bool JustReleased { get; private set; }

    public async Task OnGetAsync(string decisionId, bool retenu, bool publiee, CancellationToken cancellationToken)
    {
        Decision = await platform.Client.Jury.GetDecisionAsync(decisionId, cancellationToken);
        (JustStaged, JustReleased) = (retenu, publiee);
    }

    public async Task<IActionResult> OnPostRetenirAsync(string decisionId, CancellationToken cancellationToken)
    {
        var local = new FormErrors();
        var request = Form.ToRequest(decisionId, local);
        try
        {
            await platform.Client.Jury.StageSelectionAsync(decisionId, request, cancellationToken);
            return Redirect($"/jury/decisions/{decisionId}?retenu=true");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(decisionId, SelectionForm.Refusal(refused.Content, local), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostPublierAsync(string decisionId, CancellationToken cancellationToken)
    {
        try
        {
            await platform.Client.Jury.ReleaseDecisionAsync(decisionId, new ReleaseDecisionRequest { DecisionId = decisionId }, cancellationToken);
            return Redirect($"/jury/decisions/{decisionId}?publiee=true");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            // Nothing is typed to publish: what stops it (a quota not met, a decision already published) is the page's.
            Form = new SelectionForm();
            return await RefusedAsync(decisionId, FormErrors.FromRefusal(refused.Content, [], ReleaseFormId), cancellationToken);
        }
    }

    private async Task<PageResult> RefusedAsync(string decisionId, FormErrors errors, CancellationToken cancellationToken)
    {
        Decision = await platform.Client.Jury.GetDecisionAsync(decisionId, cancellationToken);
        Errors = errors;
        return this.Refused();
    }
}
