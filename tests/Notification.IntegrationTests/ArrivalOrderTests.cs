using Defis.Contracts.Events;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Defis.Notification.IntegrationTests;

/// <summary>
/// Events of different queues arrive in any order (both queued across an outage of Notification, then consumed at
/// once): a decision or a grant's commitment handled before the dossier's filing still reaches the team, once, when
/// the filing arrives (decision 0031). Before, it was written to nobody and counted as done.
/// </summary>
public sealed class ArrivalOrderTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly NotificationHost _host = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_decision_and_a_commitment_handled_before_the_filing_reach_the_team_once_it_arrives()
    {
        var (lead, coEditor) = (Events.Address("porteuse"), Events.Address("coediteur"));
        var submitted = Events.Submitted("agent-morlaix", lead, "CB21-0140", [coEditor]);
        var selected = Events.Selected(submitted.DossierId, "CB21-0140");
        var committed = new GrantCommitted(Guid.CreateVersion7(), submitted.DossierId, "Exploration", 5_000_000, 0) { OccurredAt = DateTimeOffset.UtcNow };

        await _host.PublishAsync(selected);
        await _host.PublishAsync(committed);
        await _host.PublishAsync(selected);
        await Eventually.Until(() => _host.QueryAsync(db => db.ParkedNotices.Where(p => p.DossierId == submitted.DossierId).CountAsync(Cancellation)),
            n => n == 2, Patience, "both events kept for the dossier not yet known");
        Assert.Empty(infrastructure.To(lead));

        await _host.PublishAsync(submitted);

        string[] toTheTeam = ["Dossier reçu : CB21-0140", "Décision du jury : dossier CB21-0140 retenu", "Subvention engagée : CB21-0140"];
        foreach (var address in new[] { lead, coEditor })
        {
            var mails = await Eventually.Until(() => Task.FromResult(infrastructure.To(address)), m => m.Count >= 3, Patience, "the team's three notices");
            Assert.Equal(toTheTeam.Order(), mails.Select(m => m.Subject).Order());
            Assert.Contains(mails.Single(m => m.Subject?.StartsWith("Décision", StringComparison.Ordinal) == true).Attachments.OfType<MimePart>(),
                a => a.FileName == "decision-CB21-0140-exploration.pdf");
        }
        var inbox = await _host.QueryAsync(db => db.InboxNotifications.AsNoTracking().Where(n => n.RecipientId == "agent-morlaix").Select(n => n.SourceEventId)
            .ToListAsync(Cancellation));
        Assert.Equal(new[] { submitted.EventId, selected.EventId, committed.EventId }.Order(), inbox.Order());
        Assert.Equal(0, await _host.QueryAsync(db => db.ParkedNotices.CountAsync(p => p.DossierId == submitted.DossierId, Cancellation)));
        await Task.Delay(500, Cancellation); // a second letter, if any were owed, would have gone by now
        Assert.Equal(3, infrastructure.To(lead).Count);
    }

    [Fact]
    public async Task A_decision_handled_while_the_filing_is_being_handled_is_neither_kept_forever_nor_lost()
    {
        var filings = Enumerable.Range(0, 8).Select(i => Events.Submitted($"agent-{i}", Events.Address("course"), $"CB21-02{i:00}")).ToList();

        await Task.WhenAll(filings.SelectMany(f => new[] { _host.PublishAsync(f), _host.PublishAsync(Events.Selected(f.DossierId, f.Reference)) }));

        foreach (var filing in filings)
        {
            await Eventually.Until(() => Task.FromResult(infrastructure.To(filing.ContactEmail)), m => m.Count == 2, Patience, "the receipt and the decision");
        }
        Assert.Equal(0, await _host.QueryAsync(db => db.ParkedNotices.CountAsync(Cancellation)));
    }

    [Fact]
    public async Task A_decision_on_a_known_dossier_is_sent_at_once_and_nothing_is_kept()
    {
        var lead = Events.Address("porteur");
        var submitted = Events.Submitted("agent-brest", lead, "CB21-0141");
        await _host.PublishAsync(submitted);
        await Eventually.Until(() => Task.FromResult(infrastructure.To(lead)), m => m.Count >= 1, Patience, "the acknowledgement");

        await _host.PublishAsync(Events.Selected(submitted.DossierId, "CB21-0141"));

        await Eventually.Until(() => Task.FromResult(infrastructure.To(lead)), m => m.Count >= 2, Patience, "the decision letter");
        Assert.Equal(0, await _host.QueryAsync(db => db.ParkedNotices.CountAsync(p => p.DossierId == submitted.DossierId, Cancellation)));
    }
}
