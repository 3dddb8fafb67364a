using Defis.Contracts.Submission.V1;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Defis.Portal.Pages.Financement;

/// <summary>Every published call, open or closed: finance follows a call's grants long after filing has closed. Latest first.</summary>
public sealed class IndexModel(PlatformAccess platform) : PageModel
{
    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Programmes = await platform.LatestFirstAsync(cancellationToken);
}
