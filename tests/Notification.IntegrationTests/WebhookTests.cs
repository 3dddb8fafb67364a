using System.Text.Json;
using Defis.Contracts.Notification.V1;
using Defis.Notification.Delivery;
using Defis.Notification.Domain.Webhooks;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Notification.IntegrationTests;

/// <summary>
/// Signed webhook calls to real HTTP receivers on loopback (allowed as in Development), retried on the
/// configured backoff, and a subscription disabled, with a notice, after repeated failures.
/// </summary>
public sealed class WebhookTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private const string Secret = "un-secret-partage-de-test";
    private readonly NotificationHost _host = new(infrastructure);

    public async ValueTask InitializeAsync() => await _host.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Notification:Webhooks:FirstBackoff"] = "00:00:00.200",
        ["Notification:Webhooks:MaxBackoff"] = "00:00:00.500",
        ["Notification:Webhooks:MaxAttempts"] = "10",
        ["Notification:Webhooks:MaxConsecutiveFailures"] = "4",
    }, configureServices: services => services.AddSingleton(new WebhookNetworkPolicy(allowPrivate: true)));

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_receiver_failing_three_times_gets_the_event_once_signed_and_the_log_shows_four_attempts()
    {
        await using var receiver = new WebhookReceiver([500, 500, 500], thereafter: 200);
        await receiver.StartAsync();
        var webhooks = Client("ministere-education");
        var subscription = await webhooks.CreateSubscriptionAsync(new CreateSubscriptionRequest { Url = receiver.Url, EventTypes = { "DossierSelected" }, Secret = Secret },
            cancellationToken: TestContext.Current.CancellationToken);
        var selected = Events.Selected(Guid.CreateVersion7(), "CB21-0099");

        await _host.PublishAsync(selected);

        var log = await Eventually.Until(() => Deliveries(webhooks, subscription.Id), d => d is [{ Status: DeliveryStatus.Sent }], TimeSpan.FromSeconds(30), "delivered after retries");
        Assert.Equal([500, 500, 500, 200], log[0].AttemptLog.Select(a => a.StatusCode));
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
    public async Task A_receiver_that_always_fails_disables_the_subscription_and_its_owner_is_told()
    {
        await using var receiver = new WebhookReceiver([], thereafter: 503);
        await receiver.StartAsync();
        var webhooks = Client("staff-ditp");
        var subscription = await webhooks.CreateSubscriptionAsync(new CreateSubscriptionRequest { Url = receiver.Url, EventTypes = { "DossierSelected" }, Secret = Secret },
            cancellationToken: TestContext.Current.CancellationToken);

        await _host.PublishAsync(Events.Selected(Guid.CreateVersion7(), "CB21-0100"));

        var disabled = await Eventually.Until(async () => await webhooks.GetSubscriptionAsync(new GetSubscriptionRequest { Id = subscription.Id }, cancellationToken: TestContext.Current.CancellationToken),
            s => !s.Enabled, TimeSpan.FromSeconds(30), "the subscription disabled");
        Assert.Equal(4, disabled.ConsecutiveFailures);
        var delivery = Assert.Single(await Deliveries(webhooks, subscription.Id));
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Equal(4, delivery.AttemptLog.Count);
        var inbox = await new Inbox.InboxClient(_host.Service.Channel(TestTokens.For("staff-ditp")))
            .ListInboxAsync(new ListInboxRequest(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("Abonnement webhook désactivé", Assert.Single(inbox.Notifications).Subject);
        await Task.Delay(1000, TestContext.Current.CancellationToken); // no call after the subscription was disabled
        Assert.Equal(4, receiver.Calls.Count);
    }

    private Webhooks.WebhooksClient Client(string user) =>
        new(_host.Service.Channel(TestTokens.For(user, user.StartsWith("staff", StringComparison.Ordinal) ? Roles.ProgrammeStaff : Roles.MinistryPartner)));

    private static async Task<List<WebhookDelivery>> Deliveries(Webhooks.WebhooksClient webhooks, string subscriptionId) =>
        [.. (await webhooks.ListDeliveriesAsync(new ListDeliveriesRequest { SubscriptionId = subscriptionId }, cancellationToken: TestContext.Current.CancellationToken)).Deliveries];
}
