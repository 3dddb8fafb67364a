using Defis.SharedKernel.Errors;
using Defis.Contracts.Notification.V1;
using Defis.Notification.Persistence;
using Defis.ServiceDefaults.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Defis.Notification.Grpc;

/// <summary>Any signed-in user, and only their own notifications.</summary>
[Authorize]
public sealed class InboxService(NotificationDbContext db, TimeProvider time) : Inbox.InboxBase
{
    [Authorize]
    public override async Task<ListInboxResponse> ListInbox(ListInboxRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var size = PageSize.Check(errors, request.PageSize);
        var after = InboxCursor.Read(errors, request.PageToken);
        errors.ThrowIfAny();
        var recipient = Caller.From(context).UserId;
        var mine = db.InboxNotifications.AsNoTracking().Where(n => n.RecipientId == recipient);
        var rest = after is { } cursor ? mine.Where(n => EF.Functions.LessThan(ValueTuple.Create(n.CreatedAt, n.Id), ValueTuple.Create(cursor.CreatedAt, cursor.Id))) : mine;
        var page = await rest.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(size)
            .ToListAsync(context.CancellationToken);
        return new ListInboxResponse
        {
            UnreadCount = await mine.CountAsync(n => n.ReadAt == null, context.CancellationToken),
            NextPageToken = page.Count == size ? InboxCursor.After(page[^1]) : "",
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

    [Authorize]
    public override async Task<GetUnreadCountResponse> GetUnreadCount(GetUnreadCountRequest request, ServerCallContext context) =>
        new() { UnreadCount = await UnreadAsync(Caller.From(context).UserId, context.CancellationToken) };

    /// <summary>Someone else's notification reads as not found: its existence is not theirs to learn.</summary>
    [Authorize]
    public override async Task<MarkReadResponse> MarkRead(MarkReadRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var id = errors.Id("id", request.Id);
        errors.ThrowIfAny();
        var recipient = Caller.From(context).UserId;
        var notification = await db.InboxNotifications.FirstOrDefaultAsync(n => n.Id == id && n.RecipientId == recipient, context.CancellationToken)
            ?? throw new NotFoundException("Notification", request.Id);
        notification.MarkRead(time.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return new MarkReadResponse { UnreadCount = await UnreadAsync(recipient, context.CancellationToken) };
    }

    [Authorize]
    public override async Task<MarkAllReadResponse> MarkAllRead(MarkAllReadRequest request, ServerCallContext context)
    {
        var recipient = Caller.From(context).UserId;
        var now = time.GetUtcNow();
        var marked = await db.InboxNotifications.Where(n => n.RecipientId == recipient && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), context.CancellationToken);
        return new MarkAllReadResponse { Marked = marked };
    }

    private Task<int> UnreadAsync(string recipient, CancellationToken cancellationToken) =>
        db.InboxNotifications.CountAsync(n => n.RecipientId == recipient && n.ReadAt == null, cancellationToken);
}
