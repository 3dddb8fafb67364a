using Defis.Client.PersonalData;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Defis.Portal.Pages.MesDonnees;

/// <summary>
/// "Mes données": the signed-in person downloads everything the platform holds about them, as one zip that the SDK
/// assembles from each service's part (decision 0030). Reads only.
/// </summary>
public sealed class IndexModel(PlatformAccess platform, TimeProvider time) : PageModel
{
    public IReadOnlyList<PersonalDataPart> Parts => PersonalDataPart.All;

    public void OnGet()
    {
    }

    public async Task<FileContentResult> OnGetArchiveAsync(CancellationToken cancellationToken)
    {
        var archive = platform.Client.PersonalDataArchive(time);
        return File(await archive.CreateAsync(cancellationToken), PersonalDataArchive.ContentType, archive.FileName());
    }
}
