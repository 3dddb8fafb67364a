using Defis.Contracts.Events;
using Defis.Testing;
using MimeKit;
using UglyToad.PdfPig;

namespace Defis.Notification.IntegrationTests;

/// <summary>
/// The filing receipt travels with the acknowledgement (decision 0027): rendered by Notification from the event, the
/// same record and layout as Submission's receipt route, attached as a PDF to the e-mail a real SMTP server receives.
/// </summary>
public sealed class NoticeAttachmentTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly NotificationHost _host = new(infrastructure);

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

    /// <summary>The attached PDF's text as PdfPig reads it back, spaces (plain and no-break) removed.</summary>
    private static async Task<string> TextAsync(MimePart attachment)
    {
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content, TestContext.Current.CancellationToken);
        using var pdf = PdfDocument.Open(content.ToArray());
        return string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);
    }
}
