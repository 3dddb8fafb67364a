using Defis.Contracts.Submission.V1;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Defis.Portal.Pages.Instruction;

/// <summary>The calls staff prepare (drafts, latest first) and the published ones whose dossiers they instruct, latest first.</summary>
public sealed class IndexModel(PlatformAccess platform) : PageModel
{
    public IReadOnlyList<Programme> Drafts { get; private set; } = [];

    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var drafts = platform.Client.Programmes.ListDraftsAsync(cancellationToken);
        Programmes = await platform.LatestFirstAsync(cancellationToken);
        Drafts = (await drafts).Programmes;
    }
}
