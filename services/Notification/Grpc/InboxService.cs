using Defis.SharedKernel.Errors;
using Defis.Contracts.Notification.V1;
using Defis.Notification.Persistence;
using Defis.ServiceDefaults.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Defis.Notification.Grpc;

public sealed class InboxService(NotificationDbContext db) : Inbox.InboxBase
{
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 100;

    /// <summary>Any signed-in user, and only their own notifications.</summary>
    [Authorize]
    public override async Task<ListInboxResponse> ListInbox(ListInboxRequest request, ServerCallContext context)
    {
        if (request.PageSize is < 0 or > MaxPageSize)
        {
            new FieldViolations().Add("page_size", $"Entre 1 et {MaxPageSize}.").ThrowIfAny();
        }
        var recipient = Caller.From(context).UserId;
        var mine = db.InboxNotifications.AsNoTracking().Where(n => n.RecipientId == recipient);
        var page = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(request.PageSize == 0 ? DefaultPageSize : request.PageSize)
            .ToListAsync(context.CancellationToken);
        return new ListInboxResponse
        {
            UnreadCount = await mine.CountAsync(n => n.ReadAt == null, context.CancellationToken),
            Notifications =
            {
                page.Select(n => new InboxNotification
                {
                    Id = n.Id.ToString(),
                    Category = n.Category,
                    Subject = n.Subject,
                    Body = n.Body,
                    CreatedAt = Timestamp.FromDateTimeOffset(n.CreatedAt),
                    Read = n.ReadAt is not null,
                }),
            },
        };
    }
}
