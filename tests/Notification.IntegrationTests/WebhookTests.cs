using System.Text.Json;
using Defis.Contracts.Notification.V1;
using Defis.Notification.Delivery;
using Defis.Notification.Domain.Delivery;
using Defis.Notification.Domain.Webhooks;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Defis.ServiceInfrastructure.Scheduling;
using Microsoft.Extensions.Time.Testing;
using DomainStatus = Defis.Notification.Domain.Delivery.DeliveryStatus;

namespace Defis.Notification.IntegrationTests;

/// <summary>
/// Signed webhook calls to real HTTP receivers on loopback (allowed as in Development), on the production retry
/// schedule (<see cref="WebhookOptions"/> defaults, documented in services/Notification/README.md) driven by a
/// controllable clock: each attempt happens when the schedule says, not a second earlier; a subscription failing
/// too often in a row is disabled and its owner told.
/// </summary>
public sealed class WebhookTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private const string Secret = "un-secret-partage-de-test";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _clock = new(WholeSecond(DateTimeOffset.UtcNow));
    private readonly NotificationHost _host = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    // Only the clock and the address policy change: the backoff, attempt and failure limits are the defaults.
    public async ValueTask InitializeAsync() => await _host.StartAsync(configureServices: services => services
        .AddSingleton<TimeProvider>(_clock)
        .AddSingleton(new WebhookNetworkPolicy(allowPrivate: true)));

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_receiver_failing_three_times_gets_the_event_once_signed_on_the_documented_schedule()
    {
        await using var receiver = new WebhookReceiver([500, 500, 500], thereafter: 200);
        await receiver.StartAsync();
        var subscription = await SubscribeAsync("ministere-education", receiver.Url);
        var selected = Events.Selected(Guid.CreateVersion7(), "CB21-0099");
        var first = _clock.GetUtcNow();

        await _host.PublishAsync(selected);
        await AttemptsAsync(subscription, 1, "the first call, at once");
        foreach (var delay in new[] { 1, 2, 4 }.Select(m => TimeSpan.FromMinutes(m)))
        {
            await NextAttemptAsync(subscription, receiver, _clock.GetUtcNow() + delay, calls: 1);
        }

        var attempts = await AttemptsAsync(subscription, 4, "four calls");
        Assert.Equal([500, 500, 500, 200], attempts.Select(a => a.StatusCode));
        Assert.Equal(new[] { 0, 1, 3, 7 }.Select(m => first.AddMinutes(m)), attempts.Select(a => a.At));
        var delivery = await _host.QueryAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.SourceEventId == selected.EventId, Cancellation));
        Assert.Equal((DomainStatus.Sent, 4), (delivery.Status, delivery.Attempts));
        _clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, await Dispatcher().CallDueAsync(Cancellation));
        Assert.Equal(4, receiver.Calls.Count);
        foreach (var call in receiver.Calls)
        {
            Assert.True(WebhookSignature.Verify(Secret, long.Parse(call.Timestamp, System.Globalization.CultureInfo.InvariantCulture), call.Body, call.Signature));
        }
        using var body = JsonDocument.Parse(receiver.Calls.Last().Body);
        Assert.Equal(selected.EventId, body.RootElement.GetProperty("id").GetGuid());
        Assert.Equal("DossierSelected", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("CB21-0099", body.RootElement.GetProperty("data").GetProperty("reference").GetString());
    }

    [Fact]
    public async Task A_receiver_that_always_fails_disables_the_subscription_after_15_failures_in_a_row_and_its_owner_is_told()
    {
        await using var receiver = new WebhookReceiver([], thereafter: 503);
        await receiver.StartAsync();
        var subscription = await SubscribeAsync("staff-ditp", receiver.Url);
        var events = new[] { Events.Selected(Guid.CreateVersion7(), "CB21-0100"), Events.Selected(Guid.CreateVersion7(), "CB21-0101") };

        // Both deliveries fail together on each round: 2 failures at 0, 1, 3, 7, 15, 31 and 63 minutes; at 127 the
        // 15th failure disables the subscription and the other delivery is abandoned without a call.
        foreach (var evt in events)
        {
            await _host.PublishAsync(evt);
        }
        await AttemptsAsync(subscription, 2, "both first calls");
        for (var failure = 1; failure <= 7; failure++)
        {
            await NextAttemptAsync(subscription, receiver, _clock.GetUtcNow() + Schedule().DelayAfter(failure), calls: failure < 7 ? 2 : 1);
        }

        var stored = await _host.QueryAsync(db => db.WebhookSubscriptions.AsNoTracking().SingleAsync(s => s.Id == subscription, Cancellation));
        Assert.Equal((false, 15), (stored.Enabled, stored.ConsecutiveFailures));
        Assert.Equal(15, receiver.Calls.Count);
        var deliveries = await _host.QueryAsync(db => db.Deliveries.AsNoTracking().Where(d => d.SubscriptionId == subscription).ToListAsync(Cancellation));
        Assert.All(deliveries, d => Assert.Equal(DomainStatus.Failed, d.Status));
        var notice = Assert.Single(await _host.QueryAsync(db => db.InboxNotifications.AsNoTracking().Where(n => n.RecipientId == "staff-ditp").ToListAsync(Cancellation)));
        Assert.Equal("Abonnement webhook désactivé", notice.Subject);
        Assert.Contains("après 15 échecs consécutifs", notice.Body);
        _clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, await Dispatcher().CallDueAsync(Cancellation));
        Assert.Equal(15, receiver.Calls.Count);
    }

    /// <summary>
    /// One second before <paramref name="due"/> nothing is called (checked by a dispatcher round of our own); at
    /// <paramref name="due"/> the background dispatcher makes the <paramref name="calls"/> due. The clock stays put
    /// until they are logged, so each attempt's time is exactly the instant the schedule gave.
    /// </summary>
    private async Task NextAttemptAsync(Guid subscription, WebhookReceiver receiver, DateTimeOffset due, int calls)
    {
        var received = receiver.Calls.Count;
        var logged = (await AttemptsAsync(subscription, 0, "")).Count;
        _clock.SetUtcNow(due - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await Dispatcher().CallDueAsync(Cancellation));
        Assert.Equal(received, receiver.Calls.Count);
        _clock.SetUtcNow(due);
        // Should the dispatcher be mid-pass when the clock moves, its next wait would start after `due`: poke it.
        _host.Service.Services.GetRequiredService<PassSignal<WebhookDispatcher>>().Notify();
        var attempts = await AttemptsAsync(subscription, logged + calls, "the attempts due");
        Assert.Equal(calls, attempts.Count - logged);
        Assert.All(attempts.Skip(logged), a => Assert.Equal(due, a.At));
    }

    /// <summary>Waits until at least <paramref name="count"/> attempts are logged, then returns them in order.</summary>
    private Task<List<Domain.Webhooks.WebhookAttempt>> AttemptsAsync(Guid subscription, int count, string what) => Eventually.Until(
        () => _host.QueryAsync(db => db.WebhookAttempts.AsNoTracking().Where(a => a.SubscriptionId == subscription)
            .OrderBy(a => a.At).ThenBy(a => a.AttemptNumber).ToListAsync(Cancellation)),
        a => a.Count >= count, Patience, what);

    private async Task<Guid> SubscribeAsync(string owner, string url)
    {
        var role = owner.StartsWith("staff", StringComparison.Ordinal) ? Roles.ProgrammeStaff : Roles.MinistryPartner;
        var webhooks = new Webhooks.WebhooksClient(_host.Service.Channel(TestTokens.For(owner, role)));
        var created = await webhooks.CreateSubscriptionAsync(new CreateSubscriptionRequest { Url = url, EventTypes = { "DossierSelected" }, Secret = Secret },
            cancellationToken: Cancellation);
        return Guid.Parse(created.Id);
    }

    private WebhookDispatcher Dispatcher() => _host.Service.Services.CreateScope().ServiceProvider.GetRequiredService<WebhookDispatcher>();

    private static RetrySchedule Schedule() => RetryScheduleTests.WebhookDefaults();

    private static DateTimeOffset WholeSecond(DateTimeOffset instant) => new(instant.Ticks - (instant.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
