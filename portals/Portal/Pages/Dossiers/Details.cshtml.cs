using Defis.Contracts.Submission.V1;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Defis.Portal.Pages.Dossiers;

/// <summary>One dossier's status, reference, dates (Paris) and history; completed while a draft or returned for correction.</summary>
public sealed class DetailsModel(PlatformAccess platform) : PageModel
{
    public Dossier Dossier { get; private set; } = new();

    public bool JustFiled { get; private set; }

    public bool Editable => Dossier.Status is DossierStatus.Draft or DossierStatus.ReturnedForCorrection;

    public async Task OnGetAsync(string id, bool depose, CancellationToken cancellationToken)
    {
        Dossier = await platform.Client.Dossiers.GetAsync(id, cancellationToken);
        JustFiled = depose && Dossier.Status is DossierStatus.Submitted or DossierStatus.Resubmitted;
    }
}
