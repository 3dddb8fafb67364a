using Defis.Notification.Domain.Webhooks;

namespace Defis.Notification.UnitTests;

public sealed class WebhookSubscriptionTests
{
    private static readonly DateTimeOffset Now = new(2021, 10, 15, 10, 0, 0, TimeSpan.Zero);

    private static WebhookSubscription Subscription() =>
        WebhookSubscription.Create("ministere", "https://partner.example/hook", ["TrancheReleased", "GrantCommitted", "GrantCommitted"], "secret", Now);

    [Fact]
    public void A_new_subscription_is_enabled_with_its_event_types_once_each_in_order()
    {
        var subscription = Subscription();

        Assert.True(subscription.Enabled);
        Assert.Equal(["GrantCommitted", "TrancheReleased"], subscription.EventTypes);
        Assert.Equal(("ministere", "https://partner.example/hook", "secret", Now), (subscription.OwnerId, subscription.Url, subscription.Secret, subscription.CreatedAt));
    }

    [Fact]
    public void It_wants_only_its_event_types_and_only_while_enabled()
    {
        var subscription = Subscription();

        Assert.True(subscription.Wants("GrantCommitted"));
        Assert.False(subscription.Wants("grantcommitted"));
        Assert.False(subscription.Wants("DossierSubmitted"));
        subscription.RecordFailure(1, Now);
        Assert.False(subscription.Wants("GrantCommitted"));
    }

    [Fact]
    public void It_is_disabled_by_the_failure_that_reaches_the_limit_not_one_before()
    {
        var subscription = Subscription();

        Assert.False(subscription.RecordFailure(3, Now));
        Assert.False(subscription.RecordFailure(3, Now));
        Assert.True(subscription.Enabled);
        Assert.Null(subscription.DisabledAt);

        Assert.True(subscription.RecordFailure(3, Now.AddMinutes(5)));
        Assert.False(subscription.Enabled);
        Assert.Equal(Now.AddMinutes(5), subscription.DisabledAt);
        Assert.Equal(3, subscription.ConsecutiveFailures);
    }

    [Fact]
    public void A_disabled_subscription_is_not_disabled_again()
    {
        var subscription = Subscription();
        subscription.RecordFailure(1, Now);

        Assert.False(subscription.RecordFailure(1, Now.AddHours(1)));
        Assert.Equal(Now, subscription.DisabledAt);
    }

    [Fact]
    public void A_success_between_failures_restarts_the_count()
    {
        var subscription = Subscription();
        subscription.RecordFailure(3, Now);
        subscription.RecordFailure(3, Now);

        subscription.RecordSuccess();

        Assert.Equal(0, subscription.ConsecutiveFailures);
        Assert.False(subscription.RecordFailure(3, Now));
    }

    [Fact]
    public void Re_enabling_starts_a_fresh_failure_count()
    {
        var subscription = Subscription();
        subscription.RecordFailure(1, Now);

        subscription.Enable();

        Assert.Equal((true, 0), (subscription.Enabled, subscription.ConsecutiveFailures));
        Assert.Null(subscription.DisabledAt);
    }

    [Fact]
    public void A_change_replaces_only_what_is_given()
    {
        var subscription = Subscription();

        subscription.Change(null, ["B", "A", "B"], null);
        Assert.Equal(["A", "B"], subscription.EventTypes);
        Assert.Equal(("https://partner.example/hook", "secret"), (subscription.Url, subscription.Secret));

        subscription.Change("https://other.example/hook", null, "new-secret");
        Assert.Equal(("https://other.example/hook", "new-secret"), (subscription.Url, subscription.Secret));
        Assert.Equal(["A", "B"], subscription.EventTypes);
    }
}
