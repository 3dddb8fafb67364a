using Defis.Contracts.Events;
using Defis.Notification.Domain.Webhooks;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;

namespace Defis.Notification.IntegrationTests;

/// <summary>
/// Decision 0032 in Notification: the team is warned once, in French, of the day its dossier's data goes; on the purge,
/// what Notification holds of that dossier goes (contact, kept notices, inbox entries, emails with their PDFs, webhook
/// calls), another dossier of the same call keeps its own, the audit trail records the removals without values, and
/// neither a second delivery nor a late event about the purged dossier writes anything again.
/// </summary>
public sealed class PurgeTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly NotificationHost _host = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task The_purge_warning_reaches_the_lead_and_co_editors_once_with_the_day_in_paris()
    {
        var (lead, coEditor) = (Events.Address("porteuse"), Events.Address("coediteur"));
        // 23:30 UTC on 28 February is already 1 March in Paris.
        var warned = new DossierPurgeWarned(Guid.CreateVersion7(), "CB21", "CB21-0150", "Simplifier l'accès aux bourses", "agent-lorient", lead, [coEditor],
            new DateTimeOffset(2022, 2, 28, 23, 30, 0, TimeSpan.Zero)) { OccurredAt = DateTimeOffset.UtcNow };

        await _host.PublishAsync(warned);
        await _host.PublishAsync(warned);

        foreach (var address in new[] { lead, coEditor })
        {
            var mail = (await Eventually.Until(() => Task.FromResult(infrastructure.To(address)), m => m.Count >= 1, Patience, "the warning")).Single();
            Assert.Equal("Vos données seront supprimées le mardi 1 mars 2022 : dossier CB21-0150", mail.Subject);
            Assert.Contains("Le mardi 1 mars 2022, son contenu, ses messages et ses fichiers seront supprimés", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains("statistiques anonymes", mail.TextBody, StringComparison.Ordinal);
        }
        await Task.Delay(500, Cancellation); // a second warning, if any were owed, would have gone by now
        Assert.Single(infrastructure.To(lead));
        Assert.Equal(1, await _host.QueryAsync(db => db.InboxNotifications.CountAsync(n => n.SourceEventId == warned.EventId, Cancellation)));
    }

    [Fact]
    public async Task The_purge_removes_what_notification_holds_of_the_dossier_and_nothing_of_another_one()
    {
        await SubscribeAsync("DossierSubmitted", "DossierPurged");
        var (purgedLead, keptLead) = (Events.Address("purge"), Events.Address("garde"));
        var purged = Events.Submitted("agent-purge", purgedLead, "CB21-0151") with { ContentSha256 = new string('b', 64) };
        var kept = Events.Submitted("agent-garde", keptLead, "CB21-0152") with { ContentSha256 = new string('c', 64) };
        await _host.PublishAsync(purged);
        await _host.PublishAsync(kept);
        await Eventually.Until(() => Task.FromResult(infrastructure.To(purgedLead)), m => m.Count == 1, Patience, "the receipt");
        await _host.PublishAsync(Events.Selected(purged.DossierId, "CB21-0151"));
        await Eventually.Until(() => Task.FromResult(infrastructure.To(purgedLead)), m => m.Count == 2, Patience, "the decision letter");
        await Eventually.Until(() => Task.FromResult(infrastructure.To(keptLead)), m => m.Count == 1, Patience, "the other dossier's receipt");
        var keptRows = await RowsAboutAsync(kept.DossierId);
        Assert.Equal((1, 1, 2), keptRows); // the contact, the lead's inbox entry, the receipt's email and the partner's call

        await _host.PublishAsync(Purged(purged.DossierId));

        await Eventually.Until(() => _host.QueryAsync(db => db.PurgedDossiers.CountAsync(p => p.DossierId == purged.DossierId, Cancellation)),
            n => n == 1, Patience, "the purge handled");
        Assert.Equal((0, 0, 0), await RowsAboutAsync(purged.DossierId));
        Assert.Equal(0, await _host.QueryAsync(db => db.Deliveries.CountAsync(d => d.Recipient == purgedLead, Cancellation)));
        Assert.Equal(keptRows, await RowsAboutAsync(kept.DossierId));
        Assert.Equal(1, await _host.QueryAsync(db => db.Deliveries.CountAsync(d => d.EventType == "DossierPurged", Cancellation)));
    }

    [Fact]
    public async Task The_audit_trail_records_each_removal_by_type_and_id_without_values()
    {
        var lead = Events.Address("audit");
        var submitted = Events.Submitted("agent-audit", lead, "CB21-0153");
        await _host.PublishAsync(submitted);
        await Eventually.Until(() => Task.FromResult(infrastructure.To(lead)), m => m.Count == 1, Patience, "the acknowledgement");
        var noticeIds = await _host.QueryAsync(db => db.Deliveries.Where(d => d.DossierId == submitted.DossierId).Select(d => d.Id.ToString())
            .Concat(db.InboxNotifications.Where(n => n.DossierId == submitted.DossierId).Select(n => n.Id.ToString())).ToListAsync(Cancellation));

        await _host.PublishAsync(Purged(submitted.DossierId));

        var dossierId = submitted.DossierId.ToString();
        var entries = await Eventually.Until(() => _host.QueryAsync(db => db.AuditTrail.AsNoTracking()
                .Where(e => e.ActorRole == "événement DossierPurged" && (e.TargetId == dossierId || noticeIds.Contains(e.TargetId))).ToListAsync(Cancellation)),
            e => e.Any(x => x.TargetType == "PurgedDossier"), Patience, "the purge recorded");
        Assert.Contains(entries, e => (e.Action, e.TargetType) == ("deleted", "DossierContact"));
        Assert.Contains(entries, e => (e.Action, e.TargetType) == ("deleted", "InboxNotification"));
        Assert.Contains(entries, e => (e.Action, e.TargetType) == ("deleted", "OutboundDelivery"));
        Assert.Equal(noticeIds.Order(), entries.Where(e => e.TargetType != "DossierContact" && e.Action == "deleted").Select(e => e.TargetId).Order());
        Assert.All(entries, e => Assert.Equal("", e.Summary));
        Assert.DoesNotContain(entries, e => e.Summary.Contains(lead, StringComparison.Ordinal) || e.Summary.Contains("CB21-0153", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_delivery_and_later_events_about_the_purged_dossier_write_nothing_again()
    {
        var lead = Events.Address("tardif");
        var submitted = Events.Submitted("agent-tardif", lead, "CB21-0154");
        var purge = Purged(submitted.DossierId);
        await _host.PublishAsync(Events.Selected(submitted.DossierId, "CB21-0154"));
        await Eventually.Until(() => _host.QueryAsync(db => db.ParkedNotices.CountAsync(p => p.DossierId == submitted.DossierId, Cancellation)),
            n => n == 1, Patience, "the decision kept for the dossier not yet known");

        await _host.PublishAsync(purge);
        await Eventually.Until(() => _host.QueryAsync(db => db.ParkedNotices.CountAsync(p => p.DossierId == submitted.DossierId, Cancellation)),
            n => n == 0, Patience, "the kept decision purged");
        var trail = await _host.QueryAsync(db => db.AuditTrail.CountAsync(Cancellation));
        await _host.PublishAsync(purge);
        await _host.PublishAsync(purge with { EventId = Guid.CreateVersion7(), Reason = PurgeReason.Erasure });
        await _host.PublishAsync(submitted);
        await _host.PublishAsync(Events.Selected(submitted.DossierId, "CB21-0154"));
        await Task.Delay(2000, Cancellation); // what these would write, had they an effect, would be written by now

        Assert.Empty(infrastructure.To(lead));
        Assert.Equal((0, 0, 0), await RowsAboutAsync(submitted.DossierId));
        Assert.Equal(0, await _host.QueryAsync(db => db.ParkedNotices.CountAsync(p => p.DossierId == submitted.DossierId, Cancellation)));
        Assert.Equal(trail, await _host.QueryAsync(db => db.AuditTrail.CountAsync(Cancellation)));
        Assert.Equal(2, await _host.QueryAsync(db => db.InboxMessages.CountAsync(m => m.Consumer == "DossierPurgedConsumer", Cancellation)));
    }

    private static DossierPurged Purged(Guid dossierId) => new(dossierId, "CB21", PurgeReason.Retention) { OccurredAt = DateTimeOffset.UtcNow };

    /// <summary>The dossier's contact, inbox entries and deliveries (emails and webhook calls).</summary>
    private Task<(int Contacts, int Inbox, int Deliveries)> RowsAboutAsync(Guid dossierId) => _host.QueryAsync(async db => (
        await db.DossierContacts.CountAsync(d => d.DossierId == dossierId, Cancellation),
        await db.InboxNotifications.CountAsync(n => n.DossierId == dossierId, Cancellation),
        await db.Deliveries.CountAsync(d => d.DossierId == dossierId, Cancellation)));

    /// <summary>A partner subscribed to the events (its address unreachable: the calls stay owed, which is what is looked at).</summary>
    private Task SubscribeAsync(params string[] eventTypes) => _host.QueryAsync(db =>
    {
        db.WebhookSubscriptions.Add(WebhookSubscription.Create("partenaire", "https://partenaire.invalid/hook", eventTypes, new string('s', 32),
            DateTimeOffset.UtcNow));
        return db.SaveChangesAsync(Cancellation);
    });
}
