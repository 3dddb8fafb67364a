using System.Net;
using Defis.Contracts.Jury.V1;
using Defis.Portal.Gateway;
using Refit;

namespace Defis.Portal.Pages.Jurys;

/// <summary>What a panel's set-up has reached: its grid and its assignment book, each absent (404) until staff define it.</summary>
public sealed record PanelSetUp(Panel Panel, Grid? Grid, AssignmentBook? Book)
{
    public static async Task<PanelSetUp> ReadAsync(PlatformAccess platform, Panel panel, CancellationToken cancellationToken) => new(panel,
        await UnlessMissingAsync(() => platform.Client.Jury.GetGridAsync(panel.Id, cancellationToken: cancellationToken)),
        await UnlessMissingAsync(() => platform.Client.Jury.GetAssignmentBookAsync(panel.Id, cancellationToken)));

    private static async Task<T?> UnlessMissingAsync<T>(Func<Task<T>> read) where T : class
    {
        try
        {
            return await read();
        }
        catch (ApiException missing) when (missing.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
