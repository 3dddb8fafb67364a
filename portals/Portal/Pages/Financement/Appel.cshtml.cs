using Defis.Contracts.Funding.V1;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Defis.Portal.Pages.Financement;

/// <summary>
/// A call's envelope (what is committed, what remains) and its grants, oldest first. The platform shows them to finance
/// and programme staff (404 else, and for an unknown call). The call's code comes from the published calls: Funding
/// knows calls by id only.
/// </summary>
public sealed class AppelModel(PlatformAccess platform) : PageModel
{
    public string? Code { get; private set; }

    public Envelope Envelope { get; private set; } = new();

    public IReadOnlyList<Grant> Grants { get; private set; } = [];

    public async Task OnGetAsync(string programmeId, CancellationToken cancellationToken)
    {
        Envelope = await platform.Client.Funding.GetEnvelopeAsync(programmeId, cancellationToken);
        Grants = (await platform.Client.Funding.ListGrantsAsync(programmeId, cancellationToken)).Grants;
        var published = await platform.Client.Programmes.ListPublishedAsync(cancellationToken);
        Code = published.Programmes.FirstOrDefault(p => p.Id == programmeId)?.Code;
    }
}
