using System.Text.Json;
using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Domain.Delivery;
using Defis.Notification.Domain.Preferences;
using Defis.Notification.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Defis.Notification.Events;

/// <summary>
/// Turns one integration event into its notifications: an inbox entry per user, an email per address
/// (now, in the digest or not at all, as the user chose; mandatory categories always now) and a webhook
/// call per matching subscription. Rows already present for this event are skipped, and the unique
/// indexes make a racing duplicate fail and retry into that skip: one notification per (event, recipient, channel).
/// An email with an <see cref="EmailAttachment"/> is sent now even to someone who chose the digest: a digest carries
/// no files (decision 0027). Each row names the dossier the event was about, which its purge removes; an event about a
/// dossier already purged causes nothing, not even a webhook call (decision 0032).
/// </summary>
public sealed class Notifier(NotificationDbContext db, TimeProvider time, PurgedDossiers purged)
{
    public async Task NotifyAsync(IntegrationEvent evt, RenderedMessage message, IEnumerable<Recipient> recipients, CancellationToken cancellationToken,
        EmailAttachment? attachment = null)
    {
        var (dossierId, isPurged) = await purged.AboutAsync(evt, cancellationToken);
        if (isPurged)
        {
            return;
        }
        var now = time.GetUtcNow();
        var eventType = evt.GetType().Name;
        var people = recipients.Where(r => !string.IsNullOrWhiteSpace(r.UserId) || !string.IsNullOrWhiteSpace(r.Email)).ToList();
        var inboxed = await db.InboxNotifications.Where(n => n.SourceEventId == evt.EventId).Select(n => n.RecipientId).ToListAsync(cancellationToken);
        foreach (var userId in people.Select(p => p.UserId).OfType<string>().Distinct().Except(inboxed))
        {
            db.InboxNotifications.Add(InboxNotification.For(userId, evt.EventId, message, now, dossierId));
        }
        var modes = await ModesAsync(message.Category, people, cancellationToken);
        var emailed = await db.Deliveries.Where(d => d.SourceEventId == evt.EventId && d.Channel == Channel.Email).Select(d => d.Recipient).ToListAsync(cancellationToken);
        foreach (var person in people.Where(p => !string.IsNullOrWhiteSpace(p.Email)).DistinctBy(p => p.Email!.ToLowerInvariant()))
        {
            var mode = Preference.Effective(message.Category, person.UserId is { } user ? modes.GetValueOrDefault(user) : null);
            if (mode != DeliveryMode.Off && !emailed.Contains(person.Email!, StringComparer.OrdinalIgnoreCase))
            {
                var digest = mode == DeliveryMode.DailyDigest && attachment is null;
                db.Deliveries.Add(OutboundDelivery.Email(evt.EventId, eventType, person.Email!, person.UserId, message, digest, now, attachment, dossierId));
            }
        }
        await CallWebhooksAsync(evt, dossierId, cancellationToken);
    }

    /// <summary>Events nobody is written to still reach the partner systems subscribed to them (not about a purged dossier).</summary>
    public async Task CallWebhooksAsync(IntegrationEvent evt, CancellationToken cancellationToken)
    {
        var (dossierId, isPurged) = await purged.AboutAsync(evt, cancellationToken);
        if (!isPurged)
        {
            await CallWebhooksAsync(evt, dossierId, cancellationToken);
        }
    }

    private async Task CallWebhooksAsync(IntegrationEvent evt, Guid? dossierId, CancellationToken cancellationToken)
    {
        var eventType = evt.GetType().Name;
        var now = time.GetUtcNow();
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.Enabled && s.EventTypes.Contains(eventType)).Select(s => s.Id).ToListAsync(cancellationToken);
        var called = await db.Deliveries.Where(d => d.SourceEventId == evt.EventId && d.Channel == Channel.Webhook)
            .Select(d => d.SubscriptionId).ToListAsync(cancellationToken);
        foreach (var subscription in subscriptions.Where(s => !called.Contains(s)))
        {
            db.Deliveries.Add(OutboundDelivery.Webhook(evt.EventId, eventType, subscription, Payload(evt, eventType), now, dossierId));
        }
    }

    /// <summary>The webhook body: an envelope naming the event, then the event's own fields.</summary>
    private static string Payload(IntegrationEvent evt, string eventType) => JsonSerializer.Serialize(new
    {
        id = evt.EventId,
        type = eventType,
        occurredAt = evt.OccurredAt,
        data = JsonSerializer.SerializeToElement(evt, evt.GetType(), JsonSerializerOptions.Web),
    }, JsonSerializerOptions.Web);

    private async Task<Dictionary<string, DeliveryMode>> ModesAsync(string category, List<Recipient> people, CancellationToken cancellationToken)
    {
        var users = people.Select(p => p.UserId).OfType<string>().Distinct().ToList();
        return await db.Preferences.AsNoTracking().Where(p => p.Category == category && users.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, p => p.Mode, cancellationToken);
    }
}
