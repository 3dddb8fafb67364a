using System.Runtime.CompilerServices;
using Defis.Contracts.Submission.V1;

namespace Defis.Client.Api;

public static class DossierPaging
{
    /// <summary>Every dossier the caller may see, page after page, following next_page_token until it is empty.</summary>
    public static async IAsyncEnumerable<Dossier> ListAllAsync(this IDossiersApi dossiers, string? programmeCode = null, string? status = null,
        int pageSize = 100, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? pageToken = null;
        do
        {
            var page = await dossiers.ListAsync(programmeCode, status, pageSize, pageToken, cancellationToken);
            foreach (var dossier in page.Dossiers)
            {
                yield return dossier;
            }
            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));
    }
}
