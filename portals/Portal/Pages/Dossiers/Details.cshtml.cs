using System.Net;
using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Dossiers;

/// <summary>
/// One dossier's status, reference, dates (Paris) and history; completed while a draft or returned for correction, when
/// the lead may also let team members edit it. Only the lead may invite: anyone else hears the platform say so.
/// </summary>
public sealed class DetailsModel(PlatformAccess platform) : PageModel
{
    public Dossier Dossier { get; private set; } = new();

    public bool JustFiled { get; private set; }

    public string? JustInvited { get; private set; }

    [BindProperty]
    public CoEditorForm CoEditor { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public bool Editable => Dossier.Status is DossierStatus.Draft or DossierStatus.ReturnedForCorrection;

    public async Task OnGetAsync(string id, bool depose, string? invite, CancellationToken cancellationToken)
    {
        Dossier = await platform.Client.Dossiers.GetAsync(id, cancellationToken);
        JustFiled = depose && Dossier.Status is DossierStatus.Submitted or DossierStatus.Resubmitted;
        JustInvited = invite is not null && Dossier.CoEditorEmails.Contains(invite) ? invite : null;
    }

    public async Task<IActionResult> OnPostInviterAsync(string id, CancellationToken cancellationToken)
    {
        var request = CoEditor.ToRequest(id);
        try
        {
            var dossier = await platform.Client.Dossiers.InviteCoEditorAsync(id, request, cancellationToken);
            return Redirect($"/dossiers/{dossier.Id}?invite={Uri.EscapeDataString(request.Email.ToLowerInvariant())}");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput() || refused.StatusCode == HttpStatusCode.Forbidden)
        {
            // A co-editor may open the dossier but not invite: the platform's refusal is said on the form, not as an error page.
            Errors = FormErrors.FromRefusal(refused.Content, CoEditorForm.Fields, CoEditorForm.FormId);
            Dossier = await platform.Client.Dossiers.GetAsync(id, cancellationToken);
            return this.Refused();
        }
    }
}
