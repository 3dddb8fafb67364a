using Defis.Contracts.Events;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;

namespace Defis.Notification.IntegrationTests;

/// <summary>A service's daily audit digest leaves the platform's databases: mailed to the programme team, once.</summary>
public sealed class AuditDigestTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly NotificationHost _host = new(infrastructure);
    private readonly string _mailbox = Events.Address("equipe-programme");

    public async ValueTask InitializeAsync() => await _host.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Notification:AuditDigest:Recipients:0"] = _mailbox,
    });

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task The_digest_is_mailed_once_to_the_programme_team_with_its_position_and_hash()
    {
        var hash = new string('a', 32) + new string('7', 32);
        var digest = new AuditTrailDigestRecorded("funding", new DateOnly(2021, 10, 15), 1234, hash) { OccurredAt = DateTimeOffset.UtcNow };

        await _host.PublishAsync(digest);
        await _host.PublishAsync(digest);

        var mail = (await Eventually.Until(() => Task.FromResult(infrastructure.To(_mailbox)), m => m.Count > 0, TimeSpan.FromSeconds(30), "the digest mailed")).Single();
        Assert.Equal("Empreinte de la piste d'audit « funding » du 15/10/2021", mail.Subject);
        Assert.Contains("journée du vendredi 15 octobre 2021", mail.TextBody);
        Assert.Contains($"Empreinte SHA-256 de l'entrée 1234 : {hash}", mail.TextBody);
        await Eventually.Until(() => _host.QueryAsync(db => db.InboxMessages.CountAsync(TestContext.Current.CancellationToken)), n => n >= 1,
            TimeSpan.FromSeconds(30), "the deliveries recorded");
        await Task.Delay(500, TestContext.Current.CancellationToken); // a second mail, if any were owed, would have gone by now
        Assert.Single(infrastructure.To(_mailbox));
    }
}
