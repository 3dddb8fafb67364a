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
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content, TestContext.Current.CancellationToken);
        using var pdf = PdfDocument.Open(content.ToArray());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains("Récépissédedépôt", text, StringComparison.Ordinal);
        Assert.Contains("CB21-0131", text, StringComparison.Ordinal);
        Assert.Contains(digest, text, StringComparison.Ordinal);
        Assert.Contains("vendredi15octobre2021à12:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_digest_from_the_producer_the_acknowledgement_goes_without_a_receipt()
    {
        var email = Events.Address("lead");
        await _host.PublishAsync(Events.Submitted("agent-lorient", email, "CB21-0132"));

        var mail = (await Eventually.Until(() => Task.FromResult(infrastructure.To(email)), m => m.Count > 0, TimeSpan.FromSeconds(30), "the acknowledgement mailed")).Single();

        Assert.Empty(mail.Attachments);
    }
}
