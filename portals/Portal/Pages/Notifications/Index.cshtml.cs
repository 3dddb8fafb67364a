using System.Net;
using Defis.Contracts.Notification.V1;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Notifications;

/// <summary>
/// The person's in-app inbox, newest first, a page at a time (the platform's page token carried in the address), each
/// notice marked read on its own or all at once. The inbox is the caller's own: the platform never shows another's.
/// </summary>
public sealed class IndexModel(PlatformAccess platform) : PageModel
{
    private const int PageSize = 20;

    public IReadOnlyList<InboxNotification> Notices { get; private set; } = [];

    public int Unread { get; private set; }

    /// <summary>The token of the next (older) page; empty on the last one.</summary>
    public string Older { get; private set; } = "";

    /// <summary>This page's own token, so that marking a notice read comes back to the same page.</summary>
    public string? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? suite, CancellationToken cancellationToken)
    {
        try
        {
            var inbox = await platform.Client.Inbox.ListAsync(PageSize, suite, cancellationToken);
            (Notices, Unread, Older, Current) = (inbox.Notifications, inbox.UnreadCount, inbox.NextPageToken, suite);
            return Page();
        }
        catch (ApiException refused) when (refused.StatusCode == HttpStatusCode.BadRequest && !string.IsNullOrEmpty(suite))
        {
            // A page address altered or from another inbox: the newest notices instead of an error.
            return Redirect("/notifications");
        }
    }

    public async Task<IActionResult> OnPostLueAsync(string id, string? suite, CancellationToken cancellationToken)
    {
        try
        {
            await platform.Client.Inbox.MarkReadAsync(id, new MarkReadRequest { Id = id }, cancellationToken);
            return Redirect(Back(suite));
        }
        catch (ApiException refused) when (refused.StatusCode == HttpStatusCode.BadRequest)
        {
            // Not a notice's id at all: no such notice, as for another person's.
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostToutesLuesAsync(CancellationToken cancellationToken)
    {
        await platform.Client.Inbox.MarkAllReadAsync(new MarkAllReadRequest(), cancellationToken);
        return Redirect(Back(null));
    }

    private static string Back(string? suite) => string.IsNullOrEmpty(suite) ? "/notifications" : $"/notifications?suite={Uri.EscapeDataString(suite)}";
}
