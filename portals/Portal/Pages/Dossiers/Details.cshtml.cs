using System.Net;
using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Defis.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;
using Grant = Defis.Contracts.Funding.V1.Grant;

namespace Defis.Portal.Pages.Dossiers;

/// <summary>
/// One dossier's status, reference, dates (Paris) and history; completed while a draft or returned for correction, when
/// the lead may also let team members edit it. Only the lead may invite: anyone else hears the platform say so. Once the
/// jury has decided, the lead follows the dossier's grant and its tranches here (« Votre subvention »).
/// </summary>
public sealed class DetailsModel(PlatformAccess platform) : PageModel
{
    public Dossier Dossier { get; private set; } = new();

    public bool JustFiled { get; private set; }

    public string? JustInvited { get; private set; }

    [BindProperty]
    public CoEditorForm CoEditor { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    /// <summary>The dossier's grants as Funding lists them for its laureate (in phase order, newest first).</summary>
    public IReadOnlyList<Grant> Grants { get; private set; } = [];

    /// <summary>Funding did not answer: the dossier shows all the same, saying its grant cannot be shown now.</summary>
    public bool GrantsUnavailable { get; private set; }

    public bool Editable => Dossier.Status is DossierStatus.Draft or DossierStatus.ReturnedForCorrection;

    /// <summary>
    /// Funding proposes a grant when the jury selects the dossier and keeps it if a correction takes the selection back;
    /// only an applicant is a laureate there (the lead: a co-editor gets an empty list). Before any decision, no call.
    /// </summary>
    private bool MayHaveGrant => User.IsInRole(Roles.Applicant) && Dossier.Status is DossierStatus.Selected or DossierStatus.NotSelected;

    public async Task OnGetAsync(string id, bool depose, string? invite, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
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
            await LoadAsync(id, cancellationToken);
            return this.Refused();
        }
    }

    /// <summary>The dossier, then its grants when it may have some: Funding down leaves the grants out, not the page.</summary>
    private async Task LoadAsync(string id, CancellationToken cancellationToken)
    {
        Dossier = await platform.Client.Dossiers.GetAsync(id, cancellationToken);
        if (!MayHaveGrant)
        {
            return;
        }
        var grants = await platform.Client.Funding.ListMyGrantsAsync(Dossier.Id, cancellationToken).OrNoneWhenDownAsync();
        Grants = grants is null ? [] : [.. grants.Grants];
        GrantsUnavailable = grants is null;
    }
}
