using System.Net;
using Defis.Contracts.Submission.V1;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Instruction;

/// <summary>A call's dossiers as staff instruct them, a page at a time (the platform's page token carried in the address).</summary>
public sealed class AppelModel(PlatformAccess platform) : PageModel
{
    private const int PageSize = 50;

    public string Code { get; private set; } = "";

    public IReadOnlyList<Dossier> Dossiers { get; private set; } = [];

    /// <summary>The next page's token; empty on the last one.</summary>
    public string Next { get; private set; } = "";

    public bool JustPublished { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? suite, bool publie, CancellationToken cancellationToken)
    {
        Code = code;
        JustPublished = publie;
        try
        {
            var page = await platform.Client.Dossiers.ListAsync(code, pageSize: PageSize, pageToken: suite, cancellationToken: cancellationToken);
            (Dossiers, Next) = (page.Dossiers, page.NextPageToken);
            return Page();
        }
        catch (ApiException refused) when (refused.StatusCode == HttpStatusCode.BadRequest && !string.IsNullOrEmpty(suite))
        {
            // A page address altered or from another list: the first page instead of an error.
            return Redirect($"/instruction/appels/{Uri.EscapeDataString(code)}");
        }
    }
}
