using Defis.Contracts.Events;
using System.Text.RegularExpressions;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using UglyToad.PdfPig;

namespace Defis.Notification.IntegrationTests;

/// <summary>
/// The filing receipt travels with the acknowledgement, the decision letter with the decision and the grant notification
/// with the grant's commitment (decision 0027): rendered by Notification from the event, the same record and layout as
/// the route that serves it, attached as a PDF to the e-mail a real SMTP server receives.
/// </summary>
public sealed class NoticeAttachmentTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private const char Nbsp = '\u00a0';
    private const char Narrow = '\u202f';
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly NotificationHost _host = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task The_acknowledgement_of_a_filing_carries_the_receipt_with_its_reference_and_digest()
    {
        var email = Events.Address("lead");
        var digest = new string('a', 32) + new string('7', 32);
        await _host.PublishAsync(Events.Submitted("agent-quimper", email, "CB21-0131") with { ContentSha256 = digest });

        var mail = (await Eventually.Until(() => Task.FromResult(infrastructure.To(email)), m => m.Count > 0, TimeSpan.FromSeconds(30), "the acknowledgement mailed")).Single();

        Assert.Equal("Dossier reçu : CB21-0131", mail.Subject);
        var attachment = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal("recepisse-CB21-0131.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType.MimeType);
        var text = await TextAsync(attachment);
        Assert.Contains("Récépissédedépôt", text, StringComparison.Ordinal);
        Assert.Contains("CB21-0131", text, StringComparison.Ordinal);
        Assert.Contains(digest, text, StringComparison.Ordinal);
        Assert.Contains("vendredi15octobre2021à12:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_decision_notice_carries_the_decision_letter_with_the_outcome()
    {
        var email = Events.Address("lead");
        var submitted = Events.Submitted("agent-vannes", email, "CB21-0133");
        await _host.PublishAsync(submitted);
        await Eventually.Until(() => Task.FromResult(infrastructure.To(email)), m => m.Count == 1, TimeSpan.FromSeconds(30), "the acknowledgement mailed");

        await _host.PublishAsync(Events.Selected(submitted.DossierId, "CB21-0133"));

        var mails = await Eventually.Until(() => Task.FromResult(infrastructure.To(email)), m => m.Count == 2, TimeSpan.FromSeconds(30), "the decision mailed");
        var notice = Assert.Single(mails, m => m.Subject == "Décision du jury : dossier CB21-0133 retenu");
        var attachment = Assert.IsType<MimePart>(Assert.Single(notice.Attachments));
        Assert.Equal("decision-CB21-0133-exploration.pdf", attachment.FileName);
        var text = await TextAsync(attachment);
        Assert.Contains("Décisiondujury:dossierCB21-0133retenu", text, StringComparison.Ordinal);
        Assert.Contains("aretenuvotredossierCB21-0133pourlaphased", text, StringComparison.Ordinal);
        Assert.Contains("Motivation", text, StringComparison.Ordinal);
        Assert.Contains("Ille-et-Vilaine", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_acknowledgement_of_a_refiling_carries_the_refilings_receipt_with_the_corrected_title()
    {
        var email = Events.Address("lead");
        var submitted = Events.Submitted("agent-quimper", email, "CB21-0134") with { ContentSha256 = new string('1', 64) };
        await _host.PublishAsync(submitted);
        await Eventually.Until(() => Task.FromResult(infrastructure.To(email)), m => m.Count == 1, TimeSpan.FromSeconds(30), "the acknowledgement mailed");
        var digest = new string('b', 32) + new string('9', 32);
        var refiledAt = new DateTimeOffset(2021, 11, 2, 16, 30, 0, TimeSpan.Zero);

        await _host.PublishAsync(new DossierResubmitted(submitted.DossierId, "CB21-0134", 9_000_000, "agent-quimper", [], "Bourses simplifiées",
            "Rectorat de Rennes", digest) { OccurredAt = refiledAt });

        var mails = await Eventually.Until(() => Task.FromResult(infrastructure.To(email)), m => m.Count == 2, TimeSpan.FromSeconds(30), "the refiling mailed");
        var notice = Assert.Single(mails, m => m.Subject == "Dossier déposé de nouveau : CB21-0134");
        Assert.Contains("Votre dossier corrigé « Bourses simplifiées » a bien été déposé de nouveau", notice.TextBody, StringComparison.Ordinal);
        var attachment = Assert.IsType<MimePart>(Assert.Single(notice.Attachments));
        Assert.Equal("recepisse-CB21-0134.pdf", attachment.FileName);
        var text = await TextAsync(attachment);
        Assert.Contains("Déposédenouveaule:mardi2novembre2021à17:30", text, StringComparison.Ordinal);
        Assert.Contains(digest, text, StringComparison.Ordinal);
        Assert.Contains("«Boursessimplifiées»", text, StringComparison.Ordinal);
        Assert.Contains("RectoratdeRennes", text, StringComparison.Ordinal);
        Assert.Contains("90000,00€", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_digest_from_the_producer_the_acknowledgement_goes_without_a_receipt()
    {
        var email = Events.Address("lead");
        await _host.PublishAsync(Events.Submitted("agent-lorient", email, "CB21-0132"));

        var mail = (await Eventually.Until(() => Task.FromResult(infrastructure.To(email)), m => m.Count > 0, TimeSpan.FromSeconds(30), "the acknowledgement mailed")).Single();

        Assert.Empty(mail.Attachments);
    }

    [Fact]
    public async Task The_grant_notice_carries_the_grant_notification_to_each_team_member_with_the_notices_sentence()
    {
        var (lead, coEditor) = (Events.Address("lead"), Events.Address("coediteur"));
        await _host.PublishAsync(new ProgrammePublished(Guid.CreateVersion7(), "GN26", "Défis de la transformation", DateTimeOffset.UtcNow,
            DateTimeOffset.UtcNow.AddMonths(2), 300_000_000, [], [], null) { OccurredAt = DateTimeOffset.UtcNow });
        await Eventually.Until(() => _host.QueryAsync(db => db.ProgrammeTitles.AnyAsync(p => p.Code == "GN26", Cancellation)), known => known,
            Patience, "the call's title remembered");
        var submitted = Events.Submitted("agent-auray", lead, "CB21-0135", [coEditor]) with { ProgrammeCode = "GN26" };
        await _host.PublishAsync(submitted);
        await Eventually.Until(() => Task.FromResult(infrastructure.To(coEditor)), m => m.Count == 1, Patience, "the acknowledgement mailed");

        await _host.PublishAsync(Committed(submitted.DossierId));

        foreach (var address in new[] { lead, coEditor })
        {
            var mails = await Eventually.Until(() => Task.FromResult(infrastructure.To(address)), m => m.Count == 2, Patience, "the grant notice mailed");
            var notice = Assert.Single(mails, m => m.Subject == "Subvention engagée : CB21-0135");
            var attachment = Assert.IsType<MimePart>(Assert.Single(notice.Attachments));
            Assert.Equal("notification-subvention-CB21-0135-experimentation.pdf", attachment.FileName);
            Assert.Equal("application/pdf", attachment.ContentType.MimeType);
            var text = await PageTextAsync(attachment);
            string[] expected =
            [
                "Notification de subvention",
                $"Bénéficiaire{Nbsp}:Préfecture d'Ille-et-Vilaine",
                $"Dossier{Nbsp}:CB21-0135 — «{Nbsp}Simplifier l'accès aux bourses{Nbsp}»",
                $"Appel{Nbsp}:GN26 — Défis de la transformation",
                $"Phase{Nbsp}:expérimentation",
                $"Montant de la subvention{Nbsp}:200{Narrow}000,00{Narrow}€",
                $"Engagée le{Nbsp}:mercredi 1 décembre 2021 à 10:30 (heure de Paris)",
                $"Tranche 1{Nbsp}: 100{Narrow}000,00{Narrow}€ (50{Narrow}%), à l’engagement — versée le mercredi 1 décembre 2021 à 10:30",
                $"Tranche 2{Nbsp}: 100{Narrow}000,00{Narrow}€ (50{Narrow}%), à la validation du jalon «{Nbsp}Prototype en service{Nbsp}»",
            ];
            Assert.All(expected, line => Assert.Contains(line.Replace(" ", "", StringComparison.Ordinal), text, StringComparison.Ordinal));
            var sentence = Regex.Match(notice.TextBody ?? "", @"Une subvention de .+? a été engagée\.").Value;
            Assert.Contains("(appel GN26 « Défis de la transformation »)", sentence, StringComparison.Ordinal);
            Assert.Contains(Comparable(sentence), Comparable(text), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_grant_committed_before_the_filing_is_handled_gets_its_notification_once_the_filing_arrives()
    {
        var lead = Events.Address("lead");
        var submitted = Events.Submitted("agent-vitre", lead, "CB21-0136");
        await _host.PublishAsync(Committed(submitted.DossierId));
        await Eventually.Until(() => _host.QueryAsync(db => db.ParkedNotices.CountAsync(p => p.DossierId == submitted.DossierId, Cancellation)), n => n == 1,
            Patience, "the grant notice kept for the dossier not yet known");

        await _host.PublishAsync(submitted);

        var mails = await Eventually.Until(() => Task.FromResult(infrastructure.To(lead)), m => m.Count == 2, Patience, "the acknowledgement and the grant notice");
        var notice = Assert.Single(mails, m => m.Subject == "Subvention engagée : CB21-0136");
        var attachment = Assert.IsType<MimePart>(Assert.Single(notice.Attachments));
        Assert.Equal("notification-subvention-CB21-0136-experimentation.pdf", attachment.FileName);
        var text = await TextAsync(attachment);
        Assert.Contains("Bénéficiaire:Préfectured'Ille-et-Vilaine", text, StringComparison.Ordinal);
        Assert.Contains("Montantdelasubvention:200000,00€", text, StringComparison.Ordinal);
        Assert.Contains("Tranche2:100000,00€(50%),àlavalidationdujalon«Prototypeenservice»", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_schedule_from_the_producer_the_grant_notice_goes_without_a_notification()
    {
        var lead = Events.Address("lead");
        var submitted = Events.Submitted("agent-dinan", lead, "CB21-0137");
        await _host.PublishAsync(submitted);
        await Eventually.Until(() => Task.FromResult(infrastructure.To(lead)), m => m.Count == 1, Patience, "the acknowledgement mailed");

        await _host.PublishAsync(Committed(submitted.DossierId) with { Tranches = null });

        var mails = await Eventually.Until(() => Task.FromResult(infrastructure.To(lead)), m => m.Count == 2, Patience, "the grant notice mailed");
        Assert.Empty(Assert.Single(mails, m => m.Subject == "Subvention engagée : CB21-0137").Attachments);
    }

    /// <summary>
    /// A commitment as Funding announces it: 200 000 € for experimentation, half paid at once, half at a milestone,
    /// committed on 1 December 2021 at 10:30 in Paris.
    /// </summary>
    private static GrantCommitted Committed(Guid dossierId)
    {
        var at = new DateTimeOffset(2021, 12, 1, 9, 30, 0, TimeSpan.Zero);
        return new GrantCommitted(Guid.CreateVersion7(), dossierId, "Experimentation", 20_000_000, 0,
            [new(1, 10_000_000, 5_000, "AtCommitment", null, at), new(2, 10_000_000, 5_000, "Milestone", "Prototype en service")]) { OccurredAt = at };
    }

    /// <summary>A sentence of the plain-text notice and of the PDF alike: no spaces of any kind, typographic apostrophes.</summary>
    private static string Comparable(string text) => string.Concat(text.Where(c => c is not (' ' or Nbsp or Narrow or '\n' or '\r'))).Replace('\'', '’');

    /// <summary>The attached PDF's text as PdfPig reads it back, spaces (plain and no-break) removed.</summary>
    private static async Task<string> TextAsync(MimePart attachment) =>
        (await PageTextAsync(attachment)).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);

    /// <summary>The attached PDF's text as PdfPig reads it back, plain spaces removed, the no-break ones kept.</summary>
    private static async Task<string> PageTextAsync(MimePart attachment)
    {
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content, Cancellation);
        using var pdf = PdfDocument.Open(content.ToArray());
        return string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
    }
}
