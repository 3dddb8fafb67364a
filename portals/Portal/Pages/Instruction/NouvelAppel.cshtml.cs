using System.Net;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Instruction;

/// <summary>
/// Programme staff draft a call: every problem at once, the form's own (a day, an amount, a number it cannot read) and
/// the platform's, each next to its input. The draft is theirs to read again and publish.
/// </summary>
public sealed class NouvelAppelModel(PlatformAccess platform) : PageModel
{
    [BindProperty]
    public CallForm Form { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var local = new FormErrors();
        var terms = Form.ToTerms(local);
        try
        {
            var draft = await platform.Client.Programmes.CreateAsync(terms, cancellationToken);
            return Redirect($"/instruction/brouillons/{Uri.EscapeDataString(draft.Code)}?cree=true");
        }
        catch (ApiException refused) when (refused.StatusCode == HttpStatusCode.Conflict)
        {
            // The code is taken: the one field the person changes to go on.
            var code = Form.Fields().First(f => f.Input == "Form_Code");
            local.Add(code.Input, code.Label, FieldProblem.Summary(refused.Content) ?? "Ce code est déjà pris.");
            Errors = FormErrors.Map([], Form.Fields(), CallForm.FormId, FormErrors.FormLabel, local);
            return this.Refused();
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            Errors = Form.Refusal(refused.Content, local);
            return this.Refused();
        }
    }
}
