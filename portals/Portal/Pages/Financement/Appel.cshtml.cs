using Defis.Contracts.Funding.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Defis.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Financement;

/// <summary>
/// A call's envelope (what is committed, what remains) and its grants, oldest first. The platform shows them to finance
/// and programme staff (404 else, and for an unknown call). The call's code comes from the published calls: Funding
/// knows calls by id only. Finance downloads the call's grants, tranches and expenses as one file (« Exporter le suivi
/// financier », docs/exports/finance.md), streamed from the gateway; a format refused is said at the choice.
/// </summary>
public sealed class AppelModel(PlatformAccess platform) : PageModel
{
    public string? Code { get; private set; }

    public Envelope Envelope { get; private set; } = new();

    public IReadOnlyList<Grant> Grants { get; private set; } = [];

    public ExportForm Export { get; private set; } = new();

    public FormErrors Errors { get; private set; } = new();

    /// <summary>Funding exports to finance officers alone (programme staff read the page, and would be refused).</summary>
    public bool MayExport => User.IsInRole(Roles.FinanceOfficer);

    public Task OnGetAsync(string programmeId, CancellationToken cancellationToken) => LoadAsync(programmeId, cancellationToken);

    /// <summary>The finance export, e.g. « suivi-financier-CB21.xlsx »; a refused format shows the page again with the platform's words.</summary>
    public async Task<IActionResult> OnGetExportAsync(string programmeId, string? format, CancellationToken cancellationToken)
    {
        Export = new ExportForm { Format = format };
        try
        {
            var code = await CodeAsync(programmeId, cancellationToken);
            return await GatewayFile.FromAsync(platform.Client.Funding.ExportFinanceAsync(programmeId, Export.Chosen, cancellationToken),
                $"suivi-financier-{code ?? programmeId}.{ExportForm.Extension(Export.Chosen)}");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            Errors = ExportForm.Refusal(refused.Content);
            await LoadAsync(programmeId, cancellationToken);
            return this.Refused();
        }
    }

    private async Task LoadAsync(string programmeId, CancellationToken cancellationToken)
    {
        Envelope = await platform.Client.Funding.GetEnvelopeAsync(programmeId, cancellationToken);
        Grants = (await platform.Client.Funding.ListGrantsAsync(programmeId, cancellationToken)).Grants;
        Code = await CodeAsync(programmeId, cancellationToken);
    }

    private async Task<string?> CodeAsync(string programmeId, CancellationToken cancellationToken)
    {
        var published = await platform.Client.Programmes.ListPublishedAsync(cancellationToken);
        return published.Programmes.FirstOrDefault(p => p.Id == programmeId)?.Code;
    }
}
