using Defis.Contracts.Notification.V1;
using Defis.LocalServers;
using Defis.Testing;

namespace Defis.Notification.IntegrationTests;

/// <summary>An email owed while the SMTP server is down stays pending, visibly retried, and arrives once it is back.</summary>
public sealed class SmtpOutageTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly NotificationHost _host = new(infrastructure);
    private readonly int _port = FreePort.Next();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"defis-smtp-outage-{Guid.NewGuid():N}");

    public async ValueTask InitializeAsync() => await _host.StartAsync(smtp: $"smtp://127.0.0.1:{_port}");

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_email_waits_with_its_attempts_while_smtp_is_down_then_arrives_once()
    {
        var email = Events.Address("lead");
        await _host.PublishAsync(Events.Submitted("agent-vannes", email));
        var emails = new Preferences.PreferencesClient(_host.Service.Channel(TestTokens.For("agent-vannes")));
        async Task<EmailDelivery?> Status() => (await emails.ListEmailsAsync(new ListEmailsRequest(), cancellationToken: TestContext.Current.CancellationToken)).Emails.SingleOrDefault();

        var failing = await Eventually.Until(Status, e => e is { Attempts: >= 2 }, TimeSpan.FromSeconds(30), "retries while SMTP is down");
        Assert.Equal(DeliveryStatus.Pending, failing!.Status);
        Assert.Contains("SMTP injoignable", failing.LastError);

        await using var smtp = new LocalSmtp(_folder, _port);
        await smtp.StartAsync(TestContext.Current.CancellationToken);

        var sent = await Eventually.Until(Status, e => e is { Status: DeliveryStatus.Sent }, TimeSpan.FromSeconds(30), "sent once SMTP is back");
        Assert.True(sent!.Attempts > failing.Attempts);
        var mail = Assert.Single(CapturedMail.To(smtp.CapturedMessages(), email));
        Assert.Equal("Dossier reçu : CB21-0042", mail.Subject);
    }
}
