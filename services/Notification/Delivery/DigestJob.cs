using System.Security.Cryptography;
using System.Text;
using Defis.Notification.Domain;
using Defis.Notification.Domain.Delivery;
using Defis.Notification.Persistence;
using Defis.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Defis.ServiceInfrastructure.Scheduling;

namespace Defis.Notification.Delivery;

/// <summary>
/// Once a Paris day is over, groups each address's digest notifications of that day into one email, queued
/// for the email dispatcher. The digest's source id is derived from (address, day), so the unique index
/// allows one digest per address and day even if two instances ran at once.
/// </summary>
public sealed class DigestJob(IServiceScopeFactory scopes, TimeProvider time) : IScheduledPass
{
    public Task<int> RunAsync(CancellationToken cancellationToken) => ComposeDueAsync(cancellationToken);

    /// <summary>Composes the digests of every finished Paris day; returns how many digest emails it queued.</summary>
    public async Task<int> ComposeDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        return await db.InTransactionAsync(async () =>
        {
            var now = time.GetUtcNow();
            var todayStarts = ParisTime.StartOfDay(ParisTime.DateOf(now)).ToUniversalTime();
            var waiting = await db.Deliveries.FromSql($"""
                SELECT * FROM deliveries WHERE channel = 'Email' AND status = 'AwaitingDigest' AND created_at < {todayStarts}
                ORDER BY created_at FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
            var groups = waiting.GroupBy(d => (Address: d.Recipient.ToLowerInvariant(), Day: ParisTime.DateOf(d.CreatedAt))).ToList();
            foreach (var group in groups)
            {
                var items = group.ToList();
                var message = Digest.Compose(group.Key.Day, items.Select(i => new RenderedMessage(i.Category, i.Subject, i.Body)).ToList());
                var digest = OutboundDelivery.Email(DigestEventId(group.Key.Address, group.Key.Day), "DailyDigest", items[0].Recipient, items[0].RecipientUserId, message, digest: false, now);
                db.Deliveries.Add(digest);
                items.ForEach(i => i.MarkDigested(digest.Id, now));
            }
            return groups.Count;
        }, cancellationToken);
    }

    private static Guid DigestEventId(string address, DateOnly day) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"digest|{address}|{day:yyyy-MM-dd}"))[..16]);
}
