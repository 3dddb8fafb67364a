using Defis.Contracts.Events;
using Defis.Contracts.Notification.V1;
using Defis.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Notification.IntegrationTests;

/// <summary>Events become French emails on a real SMTP server, exactly once per (event, recipient).</summary>
public sealed class EmailDeliveryTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly NotificationHost _host = new(infrastructure);

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_submitted_dossier_delivered_twice_gives_one_email_with_text_and_html_in_french_and_one_inbox_entry()
    {
        var email = Events.Address("lead");
        var submitted = Events.Submitted("agent-rennes", email);
        var consumed = new ConsumeCounter();
        using var observation = _host.Service.Service<IBus>().ConnectConsumeObserver(consumed);

        await _host.PublishAsync(submitted);
        await _host.PublishAsync(submitted);

        await Eventually.Until(() => Task.FromResult(consumed.Consumed), n => n >= 2, TimeSpan.FromSeconds(30), "both deliveries consumed");
        var mail = (await Eventually.Until(() => Task.FromResult(infrastructure.To(email)), m => m.Count > 0, TimeSpan.FromSeconds(30), "the acknowledgement mailed")).Single();
        Assert.Equal("Dossier reçu : CB21-0042", mail.Subject);
        Assert.Contains("Sa référence est CB21-0042", mail.TextBody);
        Assert.Contains("vendredi 15 octobre 2021 à 12:00", mail.TextBody); // 10:00 UTC is noon in Paris (summer time).
        Assert.Contains("<h1 style=\"font-size: 1.25em\">Dossier reçu : CB21-0042</h1>", mail.HtmlBody);
        var inbox = new Inbox.InboxClient(_host.Service.Channel(TestTokens.For("agent-rennes")));
        var listed = await inbox.ListInboxAsync(new ListInboxRequest(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("Dossier reçu : CB21-0042", Assert.Single(listed.Notifications).Subject);
        var emails = await new Preferences.PreferencesClient(_host.Service.Channel(TestTokens.For("agent-rennes")))
            .ListEmailsAsync(new ListEmailsRequest(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(emails.Emails).Status);
        await Task.Delay(500, TestContext.Current.CancellationToken); // a second mail, if any were owed, would have gone by now
        Assert.Single(infrastructure.To(email));
    }

    [Fact]
    public async Task A_decision_without_an_address_reaches_the_lead_known_from_the_submission()
    {
        var email = Events.Address("lead");
        var submitted = Events.Submitted("agent-brest", email, "CB21-0077");
        await _host.PublishAsync(submitted);
        await Eventually.Until(() => _host.QueryAsync(db => db.DossierContacts.AnyAsync(d => d.DossierId == submitted.DossierId, TestContext.Current.CancellationToken)),
            known => known, TimeSpan.FromSeconds(30), "the dossier's lead remembered");

        await _host.PublishAsync(Events.Selected(submitted.DossierId, "CB21-0077"));

        var mails = await Eventually.Until(() => Task.FromResult(infrastructure.To(email)), m => m.Count == 2, TimeSpan.FromSeconds(30), "the decision letter mailed");
        var letter = Assert.Single(mails, m => m.Subject?.StartsWith("Décision du jury", StringComparison.Ordinal) == true);
        Assert.Equal("Décision du jury : dossier CB21-0077 retenu", letter.Subject);
        Assert.Contains("pour la phase d'exploration", letter.TextBody);
    }

    [Fact]
    public async Task A_juror_is_told_in_the_inbox_of_a_review_given_then_taken_back_once_each()
    {
        var assigned = new Contracts.Events.ReviewerAssigned(Guid.CreateVersion7(), Guid.CreateVersion7(), "CB21-0078", "CB21", "juror-dinum", DateTimeOffset.UtcNow)
            { OccurredAt = DateTimeOffset.UtcNow };
        var withdrawn = new Contracts.Events.ReviewerUnassigned(assigned.AssignmentId, assigned.DossierId, "CB21-0078", "juror-dinum", "conflit d'intérêts déclaré")
            { OccurredAt = DateTimeOffset.UtcNow };

        await _host.PublishAsync(assigned);
        await _host.PublishAsync(assigned);
        await _host.PublishAsync(withdrawn);

        var inbox = await Eventually.Until(
            () => _host.QueryAsync(db => db.InboxNotifications.AsNoTracking().Where(n => n.RecipientId == "juror-dinum").ToListAsync(TestContext.Current.CancellationToken)),
            n => n.Count == 2, TimeSpan.FromSeconds(30), "the two notices in the juror's inbox");
        Assert.Equal(["Dossier CB21-0078 à évaluer", "Dossier CB21-0078 retiré de vos évaluations"], inbox.Select(n => n.Subject).Order());
        Assert.Contains("conflit d'intérêts déclaré", inbox.Single(n => n.Subject.Contains("retiré")).Body);
    }
    [Fact]
    public async Task A_session_reminder_redelivered_mails_each_confirmed_registrant_once_with_the_paris_time()
    {
        var (first, second) = (Events.Address("registrant"), Events.Address("registrant"));
        var reminder = new SessionReminderDue(Guid.CreateVersion7(), Guid.CreateVersion7(), "Atelier de préparation du dossier",
            new DateTimeOffset(2018, 10, 15, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2018, 10, 15, 15, 30, 0, TimeSpan.Zero),
            "DITP, 20 avenue de Ségur, Paris", [new("agent-arles", first), new("agent-nimes", second)]) { OccurredAt = DateTimeOffset.UtcNow };

        await _host.PublishAsync(reminder);
        await _host.PublishAsync(reminder);

        foreach (var address in new[] { first, second })
        {
            var mail = (await Eventually.Until(() => Task.FromResult(infrastructure.To(address)), m => m.Count > 0, TimeSpan.FromSeconds(30), "the reminder mailed")).Single();
            Assert.Equal("Rappel : Atelier de préparation du dossier, lundi 15 octobre 2018 à 14:00", mail.Subject);
            Assert.Contains("(fin à 17:30, heure de Paris)", mail.TextBody);
            Assert.Contains("Lieu : DITP, 20 avenue de Ségur, Paris", mail.TextBody);
        }
        Assert.Equal(1, await _host.QueryAsync(db => db.InboxNotifications.CountAsync(n => n.RecipientId == "agent-nimes" && n.SourceEventId == reminder.EventId, TestContext.Current.CancellationToken)));
        Assert.Equal(2, await _host.QueryAsync(db => db.Deliveries.CountAsync(d => d.SourceEventId == reminder.EventId, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_decision_falling_due_reaches_each_panel_presidents_inbox()
    {
        var due = new DecisionDueSoon(Guid.CreateVersion7(), Guid.CreateVersion7(), "CB21", "CB21-0079", new DateOnly(2021, 12, 1),
            new DateTimeOffset(2021, 12, 1, 22, 59, 0, TimeSpan.Zero), ["president-a", "president-b"]) { OccurredAt = DateTimeOffset.UtcNow };

        await _host.PublishAsync(due);

        var inbox = await Eventually.Until(
            () => _host.QueryAsync(db => db.InboxNotifications.AsNoTracking().Where(n => n.SourceEventId == due.EventId).ToListAsync(TestContext.Current.CancellationToken)),
            n => n.Count == 2, TimeSpan.FromSeconds(30), "both presidents told");
        Assert.Equal(["president-a", "president-b"], inbox.Select(n => n.RecipientId).Order());
        Assert.All(inbox, n => Assert.Equal("Décision attendue bientôt : dossier CB21-0079", n.Subject));
        Assert.Contains("au plus tard le mercredi 1 décembre 2021 à 23:59", inbox[0].Body);
    }
}
