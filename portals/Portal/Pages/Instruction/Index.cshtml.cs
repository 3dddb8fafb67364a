using Defis.Contracts.Submission.V1;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Defis.Portal.Pages.Instruction;

/// <summary>The published calls whose dossiers programme staff instruct, latest first.</summary>
public sealed class IndexModel(PlatformAccess platform) : PageModel
{
    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Programmes = await platform.LatestFirstAsync(cancellationToken);
}
