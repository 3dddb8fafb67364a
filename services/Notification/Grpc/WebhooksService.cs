using Defis.Contracts.Notification.V1;
using Defis.Notification.Delivery;
using Defis.Notification.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainSubscription = Defis.Notification.Domain.Webhooks.WebhookSubscription;

namespace Defis.Notification.Grpc;

/// <summary>Partner systems' subscriptions: programme staff and ministry partners, each managing only their own.</summary>
[Authorize(Roles = Roles.ProgrammeStaff + "," + Roles.MinistryPartner)]
public sealed class WebhooksService(NotificationDbContext db, WebhookNetworkPolicy policy, TimeProvider time) : Webhooks.WebhooksBase
{
    [Authorize(Roles = Roles.ProgrammeStaff + "," + Roles.MinistryPartner)]
    public override async Task<WebhookSubscription> CreateSubscription(CreateSubscriptionRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        await SubscriptionRequestCheck.CheckAsync(errors, policy, request.Url, request.EventTypes, request.Secret, creating: true, context.CancellationToken);
        errors.ThrowIfAny();
        var subscription = DomainSubscription.Create(Caller.From(context).UserId, request.Url, request.EventTypes, request.Secret, time.GetUtcNow());
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(context.CancellationToken);
        return subscription.ToContract();
    }

    [Authorize(Roles = Roles.ProgrammeStaff + "," + Roles.MinistryPartner)]
    public override async Task<ListSubscriptionsResponse> ListSubscriptions(ListSubscriptionsRequest request, ServerCallContext context)
    {
        var owner = Caller.From(context).UserId;
        var mine = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.OwnerId == owner).OrderBy(s => s.CreatedAt).ToListAsync(context.CancellationToken);
        return new ListSubscriptionsResponse { Subscriptions = { mine.Select(s => s.ToContract()) } };
    }

    [Authorize(Roles = Roles.ProgrammeStaff + "," + Roles.MinistryPartner)]
    public override async Task<WebhookSubscription> GetSubscription(GetSubscriptionRequest request, ServerCallContext context) =>
        (await OwnAsync(request.Id, "id", context)).ToContract();

    [Authorize(Roles = Roles.ProgrammeStaff + "," + Roles.MinistryPartner)]
    public override async Task<WebhookSubscription> UpdateSubscription(UpdateSubscriptionRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        errors.Id("id", request.Id);
        await SubscriptionRequestCheck.CheckAsync(errors, policy, request.Url, request.EventTypes, request.Secret, creating: false, context.CancellationToken);
        errors.ThrowIfAny();
        var subscription = await OwnAsync(request.Id, "id", context);
        subscription.Change(NullIfEmpty(request.Url), request.EventTypes.Count > 0 ? request.EventTypes : null, NullIfEmpty(request.Secret));
        if (request.Enabled && !subscription.Enabled)
        {
            subscription.Enable();
        }
        await SaveAsync(context);
        return subscription.ToContract();
    }

    [Authorize(Roles = Roles.ProgrammeStaff + "," + Roles.MinistryPartner)]
    public override async Task<DeleteSubscriptionResponse> DeleteSubscription(DeleteSubscriptionRequest request, ServerCallContext context)
    {
        db.WebhookSubscriptions.Remove(await OwnAsync(request.Id, "id", context));
        await SaveAsync(context);
        return new DeleteSubscriptionResponse();
    }

    [Authorize(Roles = Roles.ProgrammeStaff + "," + Roles.MinistryPartner)]
    public override async Task<ListDeliveriesResponse> ListDeliveries(ListDeliveriesRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var size = PageSize.Check(errors, request.PageSize);
        errors.Id("subscription_id", request.SubscriptionId);
        errors.ThrowIfAny();
        var subscription = await OwnAsync(request.SubscriptionId, "subscription_id", context);
        var deliveries = await db.Deliveries.AsNoTracking().Where(d => d.SubscriptionId == subscription.Id)
            .OrderByDescending(d => d.CreatedAt).Take(size).ToListAsync(context.CancellationToken);
        var ids = deliveries.Select(d => d.Id).ToList();
        var attempts = (await db.WebhookAttempts.AsNoTracking().Where(a => ids.Contains(a.DeliveryId)).OrderBy(a => a.AttemptNumber).ToListAsync(context.CancellationToken))
            .ToLookup(a => a.DeliveryId);
        return new ListDeliveriesResponse { Deliveries = { deliveries.Select(d => d.ToContract(attempts[d.Id])) } };
    }

    /// <summary>Another owner's subscription reads as not found.</summary>
    private async Task<DomainSubscription> OwnAsync(string rawId, string field, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var id = errors.Id(field, rawId);
        errors.ThrowIfAny();
        var owner = Caller.From(context).UserId;
        return await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id && s.OwnerId == owner, context.CancellationToken)
            ?? throw new NotFoundException("Abonnement webhook", rawId);
    }

    private async Task SaveAsync(ServerCallContext context)
    {
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (ConflictException)
        {
            throw new ConflictException("L'abonnement vient d'être modifié (par un envoi en cours) : relisez-le puis réessayez.");
        }
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;
}
