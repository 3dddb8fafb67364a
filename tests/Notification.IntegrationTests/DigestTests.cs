using Defis.Contracts.Notification.V1;
using Defis.Notification.Delivery;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Defis.ServiceInfrastructure.Scheduling;
using Microsoft.Extensions.Time.Testing;
using DomainStatus = Defis.Notification.Domain.Delivery.DeliveryStatus;

namespace Defis.Notification.IntegrationTests;

/// <summary>A user who chose the daily digest gets one email grouping the day's notifications once the Paris day is over.</summary>
public sealed class DigestTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly NotificationHost _host = new(infrastructure);

    public async ValueTask InitializeAsync() => await _host.StartAsync(configureServices: services => services.AddSingleton<TimeProvider>(_clock));

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Two_dossier_notifications_of_one_day_arrive_as_one_digest_after_the_day_ends()
    {
        var email = Events.Address("lead");
        var preferences = new Preferences.PreferencesClient(_host.Service.Channel(TestTokens.For("agent-quimper")));
        await preferences.SetPreferenceAsync(new SetPreferenceRequest { Category = "dossier", Mode = DeliveryMode.DailyDigest },
            cancellationToken: TestContext.Current.CancellationToken);

        await _host.PublishAsync(Events.Submitted("agent-quimper", email, "CB21-0201"));
        await _host.PublishAsync(Events.Submitted("agent-quimper", email, "CB21-0202"));
        await Eventually.Until(() => _host.QueryAsync(db => db.Deliveries.CountAsync(d => d.Recipient == email && d.Status == DomainStatus.AwaitingDigest, TestContext.Current.CancellationToken)),
            n => n == 2, TimeSpan.FromSeconds(30), "both held for the digest");
        Assert.Empty(infrastructure.To(email));

        // The day ends on the service's clock: its digest pass runs on its own (poked, should it be mid-pass when the
        // clock moves), and the email dispatcher sends what the digest's commit queued.
        _clock.Advance(TimeSpan.FromDays(1));
        _host.Service.Services.GetRequiredService<PassSignal<DigestJob>>().Notify();

        var digest = (await Eventually.Until(() => Task.FromResult(infrastructure.To(email)), m => m.Count > 0, TimeSpan.FromSeconds(30), "the digest mailed")).Single();
        Assert.StartsWith("Votre récapitulatif Défis du", digest.Subject);
        Assert.Contains("Dossier reçu : CB21-0201", digest.TextBody);
        Assert.Contains("Dossier reçu : CB21-0202", digest.TextBody);
        var digestJob = _host.Service.Services.CreateScope().ServiceProvider.GetRequiredService<DigestJob>();
        Assert.Equal(0, await digestJob.ComposeDueAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await _host.QueryAsync(db => db.Deliveries.CountAsync(d => d.Recipient == email && d.EventType == "DailyDigest", TestContext.Current.CancellationToken)));
    }
}
