using Defis.Notification.Domain;
using Defis.Notification.Domain.Delivery;
using Defis.Notification.Domain.Webhooks;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Defis.Notification.Delivery;

/// <summary>
/// Calls due webhook deliveries (claimed FOR UPDATE SKIP LOCKED, with their subscriptions locked), logs every
/// attempt, retries failures with exponential backoff up to Notification:Webhooks:MaxAttempts, and disables a
/// subscription after MaxConsecutiveFailures failed calls in a row, telling its owner in their inbox.
/// </summary>
public sealed partial class WebhookDispatcher(IServiceScopeFactory scopes, WebhookSender sender, IOptions<WebhookOptions> options,
    TimeProvider time, ILogger<WebhookDispatcher> logger) : IScheduledPass
{
    /// <summary>Calls every due delivery, batch after batch; returns how many it handled.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        for (var batch = await CallDueAsync(cancellationToken); batch > 0; batch = await CallDueAsync(cancellationToken))
        {
            handled += batch;
        }
        return handled;
    }

    /// <summary>One batch in one transaction; returns how many deliveries it handled.</summary>
    public async Task<int> CallDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        return await db.InTransactionAsync(async () =>
        {
            var now = time.GetUtcNow();
            var due = await db.Deliveries.FromSql($"""
                SELECT * FROM deliveries WHERE channel = 'Webhook' AND status = 'Pending' AND next_attempt_at <= {now}
                ORDER BY next_attempt_at LIMIT {options.Value.BatchSize} FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return 0;
            }
            var ids = due.Select(d => d.SubscriptionId!.Value).Distinct().ToList();
            var subscriptions = await db.WebhookSubscriptions
                .FromSql($"SELECT *, xmin FROM webhook_subscriptions WHERE id = ANY({ids}) ORDER BY id FOR UPDATE")
                .ToDictionaryAsync(s => s.Id, cancellationToken);
            foreach (var delivery in due)
            {
                await CallAsync(db, delivery, subscriptions.GetValueOrDefault(delivery.SubscriptionId!.Value), cancellationToken);
            }
            return due.Count;
        }, cancellationToken);
    }

    private async Task CallAsync(NotificationDbContext db, OutboundDelivery delivery, WebhookSubscription? subscription, CancellationToken cancellationToken)
    {
        if (subscription is not { Enabled: true })
        {
            delivery.Abandon(subscription is null ? "Abonnement supprimé." : "Abonnement désactivé.");
            return;
        }
        var settings = options.Value;
        var (status, error) = await sender.PostAsync(subscription.Url, subscription.Secret, delivery.Body, cancellationToken);
        var now = time.GetUtcNow();
        db.WebhookAttempts.Add(WebhookAttempt.Record(delivery.Id, subscription.Id, delivery.Attempts + 1, status, error, now));
        if (error is null)
        {
            delivery.MarkSent(now);
            subscription.RecordSuccess();
            return;
        }
        delivery.MarkFailed(error, new RetrySchedule(settings.FirstBackoff, settings.MaxBackoff, settings.MaxAttempts), now);
        if (subscription.RecordFailure(settings.MaxConsecutiveFailures, now))
        {
            LogDisabled(logger, subscription.Id, subscription.ConsecutiveFailures);
            delivery.Abandon($"Abonnement désactivé après {subscription.ConsecutiveFailures} échecs consécutifs : {error}");
            var notice = Templates.WebhookDisabled(subscription.Url, subscription.ConsecutiveFailures);
            db.InboxNotifications.Add(InboxNotification.For(subscription.OwnerId, Guid.CreateVersion7(now), notice, now));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook subscription {SubscriptionId} disabled after {Failures} consecutive failures")]
    private static partial void LogDisabled(ILogger logger, Guid subscriptionId, int failures);
}
