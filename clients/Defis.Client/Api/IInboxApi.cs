using Defis.Contracts.Notification.V1;
using Refit;

namespace Defis.Client.Api;

/// <summary>The caller's in-app notifications (Notification, /api/v1/inbox).</summary>
public interface IInboxApi
{
    [Get("/api/v1/inbox")]
    Task<ListInboxResponse> ListAsync([Query, AliasAs("page_size")] int? pageSize = null, CancellationToken cancellationToken = default);

    [Get("/api/v1/inbox/unread-count")]
    Task<GetUnreadCountResponse> UnreadCountAsync(CancellationToken cancellationToken = default);
}
