using Defis.Contracts.Submission.V1;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Defis.Portal.Pages.Dossiers;

/// <summary>The dossiers the signed-in person may read (their team's, for an applicant), latest first.</summary>
public sealed class IndexModel(PlatformAccess platform) : PageModel
{
    private const int PageSize = 50;

    public IReadOnlyList<Dossier> Dossiers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await platform.Client.Dossiers.ListAsync(pageSize: PageSize, cancellationToken: cancellationToken);
        Dossiers = [.. page.Dossiers.OrderByDescending(d => (d.UpdatedAt ?? d.CreatedAt)?.ToDateTimeOffset())];
    }
}
