using Defis.Contracts.Notification.V1;
using Refit;

namespace Defis.Client.Api;

/// <summary>The caller's in-app notifications (Notification, /api/v1/inbox).</summary>
public interface IInboxApi
{
    /// <summary>One page, newest first; <see cref="InboxPaging.ListAllAsync"/> walks them all.</summary>
    [Get("/api/v1/inbox")]
    Task<ListInboxResponse> ListAsync([Query, AliasAs("page_size")] int? pageSize = null, [Query, AliasAs("page_token")] string? pageToken = null,
        CancellationToken cancellationToken = default);

    [Get("/api/v1/inbox/unread-count")]
    Task<GetUnreadCountResponse> UnreadCountAsync(CancellationToken cancellationToken = default);

    /// <summary>Marks one of the caller's notifications as read (again: no change); answers the unread count left.</summary>
    [Post("/api/v1/inbox/{id}/read")]
    Task<MarkReadResponse> MarkReadAsync(string id, [Body] MarkReadRequest request, CancellationToken cancellationToken = default);

    [Post("/api/v1/inbox/read-all")]
    Task<MarkAllReadResponse> MarkAllReadAsync([Body] MarkAllReadRequest request, CancellationToken cancellationToken = default);
}
