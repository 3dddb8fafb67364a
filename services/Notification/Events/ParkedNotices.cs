using System.Text.Json;
using Defis.Contracts.Events;
using Defis.Notification.Persistence;
using Defis.Notification.Persistence.Projections;
using Microsoft.EntityFrameworkCore;

namespace Defis.Notification.Events;

/// <summary>
/// A team notice is never dropped for arriving first (decision 0031). When its event names a dossier Notification has
/// not heard of yet, the event is kept, in the consumer's transaction, and partners subscribed to it are called now;
/// once an event about the dossier is remembered (draft created, filed, returned), the kept notices are sent in the
/// order they arrived, in that event's transaction. Nothing is kept for a purged dossier: it will never be remembered.
/// </summary>
public sealed class ParkedNotices(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections, TeamNotices notices,
    PurgedDossiers purged)
{
    /// <summary>The events whose notice can wait for its dossier, by the type name kept with them.</summary>
    private static readonly Dictionary<string, Type> Kept = new[] { typeof(DossierSelected), typeof(DossierNotSelected), typeof(GrantCommitted) }
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>The team's notice now if the dossier is known; else the event is kept until it is.</summary>
    public async Task SendOrParkAsync(IntegrationEvent evt, Guid dossierId, CancellationToken cancellationToken)
    {
        if (await purged.ContainsAsync(dossierId, cancellationToken))
        {
            return;
        }
        await TakeTurnAsync(dossierId, cancellationToken);
        if (await projections.DossierAsync(dossierId, cancellationToken) is { } dossier)
        {
            await SendAsync(evt, dossier, cancellationToken);
            return;
        }
        var type = evt.GetType();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO parked_notices (event_id, dossier_id, event_type, payload, parked_at)
            VALUES ({evt.EventId}, {dossierId}, {type.Name}, {JsonSerializer.Serialize(evt, type)}::jsonb, {time.GetUtcNow()})
            ON CONFLICT (event_id) DO NOTHING
            """, cancellationToken);
        await notifier.CallWebhooksAsync(evt, cancellationToken);
    }

    /// <summary>Sends what waited for <paramref name="dossierId"/>, now remembered; nothing when nothing waited.</summary>
    public async Task ReleaseAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        await TakeTurnAsync(dossierId, cancellationToken);
        var parked = await db.ParkedNotices.Where(p => p.DossierId == dossierId).OrderBy(p => p.ParkedAt).ThenBy(p => p.EventId).ToListAsync(cancellationToken);
        if (parked.Count == 0)
        {
            return;
        }
        var dossier = await db.DossierContacts.AsNoTracking().SingleAsync(d => d.DossierId == dossierId, cancellationToken);
        foreach (var notice in parked)
        {
            await SendAsync(Read(notice), dossier, cancellationToken);
            db.ParkedNotices.Remove(notice);
        }
    }

    /// <summary>
    /// Keeping and releasing one dossier's notices take turns until their transaction ends: a notice kept while the
    /// filing was being handled would otherwise be committed after the release looked, and wait for nothing forever;
    /// the second now sees what the first committed (the dossier, or the kept notice).
    /// </summary>
    private Task TakeTurnAsync(Guid dossierId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({dossierId.ToString()}, 1))", cancellationToken);

    private Task SendAsync(IntegrationEvent evt, DossierContact dossier, CancellationToken cancellationToken) => evt switch
    {
        DossierSelected selected => notices.SelectedAsync(selected, dossier, cancellationToken),
        DossierNotSelected notSelected => notices.NotSelectedAsync(notSelected, dossier, cancellationToken),
        GrantCommitted committed => notices.GrantCommittedAsync(committed, dossier, cancellationToken),
        _ => throw new InvalidOperationException($"{evt.GetType().Name} has no team notice."),
    };

    private static IntegrationEvent Read(ParkedNotice notice) =>
        Kept.TryGetValue(notice.EventType, out var type) && JsonSerializer.Deserialize(notice.Payload, type) is IntegrationEvent evt
            ? evt
            : throw new InvalidOperationException($"Parked event {notice.EventId} ({notice.EventType}) cannot be read back.");
}
