using Defis.Portal.Display;
using Defis.Portal.Gateway;
using Defis.SharedKernel;
using Microsoft.AspNetCore.Mvc;

namespace Defis.Portal.Pages.Dossiers;

/// <summary>
/// The team's PDFs, streamed from the gateway: the filing receipt (« ?handler=Recepisse »), a phase's decision letter
/// (« ?handler=Courrier&amp;phase=Incubation ») and a committed grant's notification (« ?handler=Notification&amp;grantId=… »).
/// The dossier is read first for the file's name, as Notification names the same PDFs in its e-mails.
/// </summary>
public sealed partial class DetailsModel
{
    public async Task<IActionResult> OnGetRecepisseAsync(string id, CancellationToken cancellationToken)
    {
        var dossier = await platform.Client.Dossiers.GetAsync(id, cancellationToken);
        return await GatewayFile.DocumentAsync(platform.Client.Dossiers.GetFilingReceiptAsync(dossier.Id, cancellationToken),
            DossierDocuments.ReceiptFileName(dossier));
    }

    public async Task<IActionResult> OnGetCourrierAsync(string id, string? phase, CancellationToken cancellationToken)
    {
        if (!PhaseNames.TryParse(phase, out var decided))
        {
            return NotFound();
        }
        var dossier = await platform.Client.Dossiers.GetAsync(id, cancellationToken);
        return await GatewayFile.DocumentAsync(platform.Client.Dossiers.GetDecisionLetterAsync(dossier.Id, decided.ToString(), cancellationToken),
            DossierDocuments.LetterFileName(dossier, decided));
    }

    public async Task<IActionResult> OnGetNotificationAsync(string id, string? grantId, CancellationToken cancellationToken)
    {
        var dossier = await platform.Client.Dossiers.GetAsync(id, cancellationToken);
        if (string.IsNullOrEmpty(grantId))
        {
            return NotFound();
        }
        var grant = await platform.Client.Funding.GetGrantAsync(grantId, cancellationToken);
        // The grant of another of the person's dossiers is not this page's to serve.
        if (grant.DossierId != dossier.Id)
        {
            return NotFound();
        }
        return await GatewayFile.DocumentAsync(platform.Client.Funding.GetGrantNotificationAsync(grant.Id, cancellationToken),
            DossierDocuments.NotificationFileName(dossier, grant));
    }
}
