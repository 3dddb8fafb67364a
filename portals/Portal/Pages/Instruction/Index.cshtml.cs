using Defis.Contracts.Submission.V1;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Defis.Portal.Pages.Instruction;

/// <summary>
/// The calls staff prepare (drafts, latest first) and the published ones whose dossiers they instruct, latest first; after
/// a draft is deleted, the notice of it.
/// </summary>
public sealed class IndexModel(PlatformAccess platform) : PageModel
{
    public IReadOnlyList<Programme> Drafts { get; private set; } = [];

    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    /// <summary>The code of the draft just deleted, for its notice; null otherwise.</summary>
    public string? Deleted { get; private set; }

    public async Task OnGetAsync(string? supprime, CancellationToken cancellationToken)
    {
        Deleted = string.IsNullOrWhiteSpace(supprime) ? null : supprime;
        var drafts = platform.Client.Programmes.ListDraftsAsync(cancellationToken);
        Programmes = await platform.LatestFirstAsync(cancellationToken);
        Drafts = (await drafts).Programmes;
    }
}
