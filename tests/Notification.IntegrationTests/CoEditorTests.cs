using Defis.Contracts.Events;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Defis.Notification.IntegrationTests;

/// <summary>
/// The team is the lead and the co-editors Submission's events list: each hears about the dossier (received,
/// returned, decision), including a co-editor invited during the correction, and the decision only once.
/// </summary>
public sealed class CoEditorTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly NotificationHost _host = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Co_editors_hear_what_concerns_the_team_and_get_the_decision_letter_once()
    {
        var (lead, early, late) = (Events.Address("lead"), Events.Address("coediteur"), Events.Address("coeditrice"));
        var submitted = Events.Submitted("agent-lorient", lead, "CB21-0120", [early]);
        await _host.PublishAsync(submitted);
        await MailsAsync(early, 1, "the acknowledgement to the first co-editor");

        await _host.PublishAsync(new DossierReturnedForCorrection(submitted.DossierId, "CB21", "CB21-0120", submitted.Title, ["Budget incomplet"], null,
            "agent-lorient", lead, [early]) { OccurredAt = DateTimeOffset.UtcNow });
        await MailsAsync(early, 2, "the correction request to the first co-editor");
        // The second co-editor is invited during the correction: the resubmission lists both.
        await _host.PublishAsync(new DossierResubmitted(submitted.DossierId, "CB21-0120", 12_000_000, "agent-lorient", [early, late])
            { OccurredAt = DateTimeOffset.UtcNow });
        await Eventually.Until(() => _host.QueryAsync(db => db.DossierContacts.AsNoTracking().SingleAsync(d => d.DossierId == submitted.DossierId, Cancellation)),
            d => d.CoEditorEmails.Count == 2, Patience, "the second co-editor remembered");

        var selected = Events.Selected(submitted.DossierId, "CB21-0120");
        await _host.PublishAsync(selected);
        await _host.PublishAsync(selected);

        foreach (var address in new[] { lead, early, late })
        {
            await Eventually.Until(() => Task.FromResult(infrastructure.To(address)), m => m.Any(IsDecision), Patience, "the decision letter");
        }
        Assert.Equal(3, await _host.QueryAsync(db => db.Deliveries.CountAsync(d => d.SourceEventId == selected.EventId, Cancellation)));
        await Task.Delay(500, Cancellation); // a second letter, if any were owed, would have gone by now
        string[] toTheLateCoEditor = ["Dossier déposé de nouveau : CB21-0120", "Décision du jury : dossier CB21-0120 retenu"];
        Assert.Equal(toTheLateCoEditor.Order(), infrastructure.To(late).Select(m => m.Subject).Order());
        string[] toTheTeam = ["Dossier reçu : CB21-0120", "Dossier à corriger : CB21-0120", "Dossier déposé de nouveau : CB21-0120",
            "Décision du jury : dossier CB21-0120 retenu"];
        Assert.Equal(toTheTeam.Order(), infrastructure.To(early).Select(m => m.Subject).Order());
        Assert.Single(infrastructure.To(lead), IsDecision);
    }

    [Fact]
    public async Task An_erased_co_editor_hears_nothing_more_of_the_team()
    {
        var (lead, kept, erased) = (Events.Address("lead"), Events.Address("coediteur"), Events.Address("coeditrice"));
        var submitted = Events.Submitted("agent-lorient", lead, "CB21-0121", [kept, erased]);
        await _host.PublishAsync(submitted);
        await MailsAsync(erased, 1, "the acknowledgement to the co-editor later erased");

        await _host.PublishAsync(new DossierCoEditorsChanged(submitted.DossierId, "CB21", [kept]) { OccurredAt = DateTimeOffset.UtcNow });
        await Eventually.Until(() => _host.QueryAsync(db => db.DossierContacts.AsNoTracking().SingleAsync(d => d.DossierId == submitted.DossierId, Cancellation)),
            d => d.CoEditorEmails.SequenceEqual([kept]), Patience, "the erased co-editor forgotten");

        var selected = Events.Selected(submitted.DossierId, "CB21-0121");
        await _host.PublishAsync(selected);
        await Eventually.Until(() => Task.FromResult(infrastructure.To(kept)), m => m.Any(IsDecision), Patience, "the decision letter to the co-editor kept");
        await Eventually.Until(() => Task.FromResult(infrastructure.To(lead)), m => m.Any(IsDecision), Patience, "the decision letter to the lead");
        Assert.DoesNotContain(infrastructure.To(erased), IsDecision);
        Assert.Equal(2, await _host.QueryAsync(db => db.Deliveries.CountAsync(d => d.SourceEventId == selected.EventId, Cancellation)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_erasure_and_an_older_refiling_leave_the_same_co_editors_whatever_order_they_arrive_in(bool erasureFirst)
    {
        var (lead, kept, erased) = (Events.Address("lead"), Events.Address("coediteur"), Events.Address("coeditrice"));
        var submitted = Events.Submitted("agent-rennes", lead, "CB21-0124", [kept, erased]);
        await DeliveredAsync(submitted);
        var erasure = new DossierCoEditorsChanged(submitted.DossierId, "CB21", [kept]) { OccurredAt = submitted.OccurredAt.AddDays(10) };
        var refiling = new DossierResubmitted(submitted.DossierId, "CB21-0124", 12_000_000, "agent-rennes", [kept, erased])
            { OccurredAt = submitted.OccurredAt.AddDays(5) };

        if (erasureFirst)
        {
            await DeliveredAsync(erasure);
        }
        await DeliveredAsync(refiling);
        if (!erasureFirst)
        {
            await DeliveredAsync(erasure);
        }

        var contact = await _host.QueryAsync(db => db.DossierContacts.AsNoTracking().SingleAsync(d => d.DossierId == submitted.DossierId, Cancellation));
        Assert.Equal([kept], contact.CoEditorEmails);
    }

    /// <summary>Publishes <paramref name="evt"/> and waits until its consumer has recorded it, so the test fixes the order of arrival.</summary>
    private async Task DeliveredAsync<T>(T evt) where T : IntegrationEvent
    {
        await _host.PublishAsync(evt);
        await Eventually.Until(() => _host.QueryAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == evt.EventId, Cancellation)), n => n > 0, Patience,
            $"{typeof(T).Name} consumed");
    }

    [Fact]
    public async Task A_staff_message_on_the_thread_reaches_the_lead_and_each_co_editor_once_and_a_team_message_no_one()
    {
        var (lead, coEditor) = (Events.Address("lead"), Events.Address("coediteur"));
        var submitted = Events.Submitted("agent-brest", lead, "CB21-0121", [coEditor]);
        await _host.PublishAsync(submitted);
        await MailsAsync(coEditor, 1, "the acknowledgement to the co-editor");
        var fromTeam = new MessagePosted(Guid.CreateVersion7(), submitted.DossierId, "CB21-0121", "agent-brest", false, "Question", 0, "agent-brest", [coEditor])
            { OccurredAt = DateTimeOffset.UtcNow };
        var fromStaff = new MessagePosted(Guid.CreateVersion7(), submitted.DossierId, "CB21-0121", "staff-ditp", true,
            "Merci de compléter le budget avec ce modèle.", 1, "agent-brest", [coEditor]) { OccurredAt = DateTimeOffset.UtcNow };

        await _host.PublishAsync(fromTeam);
        await _host.PublishAsync(fromStaff);
        await _host.PublishAsync(fromStaff);

        foreach (var address in new[] { lead, coEditor })
        {
            await Eventually.Until(() => Task.FromResult(infrastructure.To(address)), m => m.Any(IsThreadMessage), Patience, "the thread's message");
        }
        Assert.Equal(2, await _host.QueryAsync(db => db.Deliveries.CountAsync(d => d.SourceEventId == fromStaff.EventId, Cancellation)));
        await Task.Delay(500, Cancellation); // a second mail, if any were owed, would have gone by now
        var mail = Assert.Single(infrastructure.To(coEditor), IsThreadMessage);
        Assert.Contains("« Merci de compléter le budget avec ce modèle. »", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await _host.QueryAsync(db => db.Deliveries.CountAsync(d => d.SourceEventId == fromTeam.EventId, Cancellation)));
    }

    [Fact]
    public async Task A_team_message_reaches_once_the_staff_who_wrote_on_the_thread()
    {
        var lead = Events.Address("lead");
        var submitted = Events.Submitted("agent-quimper", lead, "CB21-0123");
        await _host.PublishAsync(submitted);
        await MailsAsync(lead, 1, "the acknowledgement");
        var fromTeam = new MessagePosted(Guid.CreateVersion7(), submitted.DossierId, "CB21-0123", "agent-quimper", false, "Voici le budget corrigé.", 1,
            "agent-quimper", [], ["staff-ditp", "staff-dinum"]) { OccurredAt = DateTimeOffset.UtcNow };

        await _host.PublishAsync(fromTeam);
        await _host.PublishAsync(fromTeam);

        await Eventually.Until(() => _host.QueryAsync(db => db.InboxNotifications.CountAsync(n => n.SourceEventId == fromTeam.EventId, Cancellation)),
            count => count >= 2, Patience, "the staff's notices");
        await Task.Delay(500, Cancellation); // a second notice, if any were owed, would have been written by now
        var notices = await _host.QueryAsync(db => db.InboxNotifications.Where(n => n.SourceEventId == fromTeam.EventId).ToListAsync(Cancellation));
        Assert.Equal(["staff-dinum", "staff-ditp"], notices.Select(n => n.RecipientId).Order());
        Assert.All(notices, n => Assert.Equal("Nouveau message de l'équipe : dossier CB21-0123", n.Subject));
        Assert.DoesNotContain(infrastructure.To(lead), m => m.Subject?.Contains("Nouveau message", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_uploader_of_a_quarantined_file_is_told_once_why()
    {
        var lead = Events.Address("lead");
        var submitted = Events.Submitted("agent-vannes", lead, "CB21-0122");
        await _host.PublishAsync(submitted);
        await MailsAsync(lead, 1, "the acknowledgement");
        var quarantined = new AttachmentQuarantined(Guid.CreateVersion7(), submitted.DossierId, "budget.pdf", "agent-vannes", "Eicar-Test-Signature",
            "Fichier mis en quarantaine : l'analyse antivirus y a détecté « Eicar-Test-Signature ».") { OccurredAt = DateTimeOffset.UtcNow };

        await _host.PublishAsync(quarantined);
        await _host.PublishAsync(quarantined);

        var mail = await Eventually.Until(() => Task.FromResult(infrastructure.To(lead)), m => m.Any(IsQuarantine), Patience, "the quarantine notice");
        await Task.Delay(500, Cancellation);
        Assert.Single(infrastructure.To(lead), IsQuarantine);
        Assert.Contains("« Eicar-Test-Signature »", mail.Single(IsQuarantine).TextBody, StringComparison.Ordinal);
    }

    private static bool IsQuarantine(MimeMessage mail) => mail.Subject == "Fichier mis en quarantaine : budget.pdf";

    private static bool IsThreadMessage(MimeMessage mail) => mail.Subject == "Nouveau message : dossier CB21-0121";

    private static bool IsDecision(MimeMessage mail) => mail.Subject?.StartsWith("Décision du jury", StringComparison.Ordinal) == true;

    private async Task MailsAsync(string address, int count, string what) =>
        await Eventually.Until(() => Task.FromResult(infrastructure.To(address)), m => m.Count >= count, Patience, what);
}
