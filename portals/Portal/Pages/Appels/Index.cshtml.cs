using Defis.Contracts.Submission.V1;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Defis.Portal.Pages.Appels;

/// <summary>The published calls still open for filing, soonest closing first.</summary>
public sealed class IndexModel(PlatformAccess platform, TimeProvider time) : PageModel
{
    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var published = await platform.Client.Programmes.ListPublishedAsync(cancellationToken);
        Programmes = [.. published.Programmes
            .Where(p => p.Terms.OpensAt.ToDateTimeOffset() <= now && p.Terms.ClosesAt.ToDateTimeOffset() > now)
            .OrderBy(p => p.Terms.ClosesAt.ToDateTimeOffset())];
    }
}
