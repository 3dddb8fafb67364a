using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Instruction;

/// <summary>
/// Programme staff correct a draft's terms on the form they drafted it with, filled with what is saved: every problem
/// at once at its input, as when drafting. A call already published is instructed on its call page, where this address
/// then leads.
/// </summary>
public sealed class ModifierAppelModel(PlatformAccess platform) : PageModel
{
    public string Code { get; private set; } = "";

    [BindProperty]
    public CallForm Form { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Code = code;
        var programme = await platform.Client.Programmes.GetAsync(code, cancellationToken);
        if (programme.Status != ProgrammeStatus.Draft)
        {
            return Redirect($"/instruction/appels/{Uri.EscapeDataString(code)}");
        }
        Form = CallForm.From(programme.Terms);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        Code = code;
        var local = new FormErrors();
        var terms = Form.ToTerms(local);
        try
        {
            await platform.Client.Programmes.UpdateDraftAsync(code, terms, cancellationToken);
            return Redirect($"/instruction/brouillons/{Uri.EscapeDataString(code)}?modifie=true");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            // A call published meanwhile names no field: said once, on the form.
            Errors = Form.Refusal(refused.Content, local);
            return this.Refused();
        }
    }
}
