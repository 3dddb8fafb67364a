using Defis.Contracts.Notification.V1;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Google.Rpc;
using Grpc.Core;

namespace Defis.Notification.IntegrationTests;

/// <summary>Bad requests are INVALID_ARGUMENT naming the field; another user's data is not found; roles are enforced.</summary>
public sealed class BadInputTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly NotificationHost _host = new(infrastructure);

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    public static TheoryData<string, string> Requests() => new()
    {
        { "list-inbox-101", "page_size" },
        { "list-inbox-negative", "page_size" },
        { "mark-read-bad-id", "id" },
        { "preference-unknown-category", "category" },
        { "preference-mode-unspecified", "mode" },
        { "preference-decision-off", "mode" },
        { "list-emails-101", "page_size" },
        { "webhook-ftp-url", "url" },
        { "webhook-loopback-url", "url" },
        { "webhook-private-url", "url" },
        { "webhook-link-local-url", "url" },
        { "webhook-short-secret", "secret" },
        { "webhook-unknown-event", "event_types[0]" },
        { "webhook-no-event", "event_types" },
        { "deliveries-bad-id", "subscription_id" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_bad_request_is_invalid_argument_naming_the_field(string request, string field)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Send(request));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([field], error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task A_user_sees_neither_another_users_subscription_nor_may_an_applicant_subscribe()
    {
        var owner = new Webhooks.WebhooksClient(_host.Service.Channel(TestTokens.For("partner-a", Roles.MinistryPartner)));
        var created = await owner.CreateSubscriptionAsync(new CreateSubscriptionRequest { Url = "https://93.184.215.14/hook", EventTypes = { "GrantCommitted" }, Secret = "0123456789abcdef" },
            cancellationToken: TestContext.Current.CancellationToken);
        var other = new Webhooks.WebhooksClient(_host.Service.Channel(TestTokens.For("partner-b", Roles.MinistryPartner)));
        var applicant = new Webhooks.WebhooksClient(_host.Service.Channel(TestTokens.For("agent-rennes", Roles.Applicant)));

        var hidden = await Assert.ThrowsAsync<RpcException>(async () => await other.GetSubscriptionAsync(new GetSubscriptionRequest { Id = created.Id }, cancellationToken: TestContext.Current.CancellationToken));
        var denied = await Assert.ThrowsAsync<RpcException>(async () => await applicant.ListSubscriptionsAsync(new ListSubscriptionsRequest(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Empty((await other.ListSubscriptionsAsync(new ListSubscriptionsRequest(), cancellationToken: TestContext.Current.CancellationToken)).Subscriptions);
    }

    private async Task Send(string request)
    {
        var channel = _host.Service.Channel(TestTokens.For("staff-ditp", Roles.ProgrammeStaff));
        var inbox = new Inbox.InboxClient(channel);
        var preferences = new Preferences.PreferencesClient(channel);
        var webhooks = new Webhooks.WebhooksClient(channel);
        CreateSubscriptionRequest Hook(string url = "https://93.184.215.14/hook", string secret = "0123456789abcdef", params string[] types) =>
            new() { Url = url, Secret = secret, EventTypes = { types.Length == 0 ? ["DossierSelected"] : types } };
        _ = request switch
        {
            "list-inbox-101" => (object)await inbox.ListInboxAsync(new ListInboxRequest { PageSize = 101 }, cancellationToken: TestContext.Current.CancellationToken),
            "list-inbox-negative" => await inbox.ListInboxAsync(new ListInboxRequest { PageSize = -1 }, cancellationToken: TestContext.Current.CancellationToken),
            "mark-read-bad-id" => await inbox.MarkReadAsync(new MarkReadRequest { Id = "pas-un-uuid" }, cancellationToken: TestContext.Current.CancellationToken),
            "preference-unknown-category" => await preferences.SetPreferenceAsync(new SetPreferenceRequest { Category = "inconnue", Mode = DeliveryMode.Off }, cancellationToken: TestContext.Current.CancellationToken),
            "preference-mode-unspecified" => await preferences.SetPreferenceAsync(new SetPreferenceRequest { Category = "dossier" }, cancellationToken: TestContext.Current.CancellationToken),
            "preference-decision-off" => await preferences.SetPreferenceAsync(new SetPreferenceRequest { Category = "decision", Mode = DeliveryMode.Off }, cancellationToken: TestContext.Current.CancellationToken),
            "list-emails-101" => await preferences.ListEmailsAsync(new ListEmailsRequest { PageSize = 101 }, cancellationToken: TestContext.Current.CancellationToken),
            "webhook-ftp-url" => await webhooks.CreateSubscriptionAsync(Hook("ftp://partenaire.gouv.fr/hook"), cancellationToken: TestContext.Current.CancellationToken),
            "webhook-loopback-url" => await webhooks.CreateSubscriptionAsync(Hook("http://127.0.0.1:8080/hook"), cancellationToken: TestContext.Current.CancellationToken),
            "webhook-private-url" => await webhooks.CreateSubscriptionAsync(Hook("http://10.1.2.3/hook"), cancellationToken: TestContext.Current.CancellationToken),
            "webhook-link-local-url" => await webhooks.CreateSubscriptionAsync(Hook("http://169.254.169.254/latest/meta-data"), cancellationToken: TestContext.Current.CancellationToken),
            "webhook-short-secret" => await webhooks.CreateSubscriptionAsync(Hook(secret: "court"), cancellationToken: TestContext.Current.CancellationToken),
            "webhook-unknown-event" => await webhooks.CreateSubscriptionAsync(Hook(types: "Inconnu"), cancellationToken: TestContext.Current.CancellationToken),
            "webhook-no-event" => await webhooks.CreateSubscriptionAsync(new CreateSubscriptionRequest { Url = "https://93.184.215.14/hook", Secret = "0123456789abcdef" }, cancellationToken: TestContext.Current.CancellationToken),
            "deliveries-bad-id" => await webhooks.ListDeliveriesAsync(new ListDeliveriesRequest { SubscriptionId = "x" }, cancellationToken: TestContext.Current.CancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(request)),
        };
    }
}
