using System.Runtime.CompilerServices;
using Defis.Contracts.Notification.V1;

namespace Defis.Client.Api;

public static class InboxPaging
{
    /// <summary>Every notification of the caller's inbox, newest first, following next_page_token until it is empty.</summary>
    public static async IAsyncEnumerable<InboxNotification> ListAllAsync(this IInboxApi inbox, int pageSize = 100,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? pageToken = null;
        do
        {
            var page = await inbox.ListAsync(pageSize, pageToken, cancellationToken);
            foreach (var notification in page.Notifications)
            {
                yield return notification;
            }
            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));
    }
}
