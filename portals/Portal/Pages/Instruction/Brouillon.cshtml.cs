using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Instruction;

/// <summary>
/// A drafted call as applicants will read it, for staff to read again and publish. Once published it is instructed
/// on its call page, where this address then leads.
/// </summary>
public sealed class BrouillonModel(PlatformAccess platform) : PageModel
{
    public const string PublishFormId = "formulaire-publication";

    public Programme Programme { get; private set; } = new();

    public bool JustCreated { get; private set; }

    public FormErrors Errors { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, bool cree, CancellationToken cancellationToken)
    {
        JustCreated = cree;
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
            // Its closing passed meanwhile, or someone published it: said once, above the button.
            Programme = await platform.Client.Programmes.GetAsync(code, cancellationToken);
            Errors = FormErrors.FromRefusal(refused.Content, [], PublishFormId);
            return this.Refused();
        }
    }

    private static string CallPage(string code) => $"/instruction/appels/{Uri.EscapeDataString(code)}";
}
