using Defis.Notification.Domain;
using Defis.Notification.Domain.Delivery;

namespace Defis.Notification.UnitTests;

public sealed class OutboundDeliveryTests
{
    private static readonly DateTimeOffset Now = new(2021, 10, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly RenderedMessage Message = new("dossier", "Dossier reçu : CB21-0001", "Corps");
    private static readonly RetrySchedule ThreeAttempts = new(TimeSpan.FromMinutes(1), TimeSpan.FromHours(2), MaxAttempts: 3);

    [Fact]
    public void An_email_is_due_at_once_unless_its_recipient_wants_a_digest()
    {
        var eventId = Guid.CreateVersion7(Now);
        var now = OutboundDelivery.Email(eventId, "DossierSubmitted", "lead@example.fr", "user-1", Message, digest: false, Now);
        var later = OutboundDelivery.Email(eventId, "DossierSubmitted", "lead@example.fr", "user-1", Message, digest: true, Now);

        Assert.Equal((DeliveryStatus.Pending, Now, Channel.Email), (now.Status, now.NextAttemptAt, now.Channel));
        Assert.Equal((eventId, "DossierSubmitted", "lead@example.fr", "user-1"), (now.SourceEventId, now.EventType, now.Recipient, now.RecipientUserId));
        Assert.Equal((Message.Category, Message.Subject, Message.Body, Now), (now.Category, now.Subject, now.Body, now.CreatedAt));
        Assert.Equal(DeliveryStatus.AwaitingDigest, later.Status);
        Assert.Equal(0, now.Attempts);
    }

    [Fact]
    public void An_email_keeps_the_file_it_carries_and_one_without_a_file_has_none()
    {
        var pdf = new EmailAttachment("recepisse-CB21-0001.pdf", [0x25, 0x50, 0x44, 0x46]);
        var with = OutboundDelivery.Email(Guid.CreateVersion7(Now), "DossierSubmitted", "lead@example.fr", null, Message, digest: false, Now, pdf);
        var without = OutboundDelivery.Email(Guid.CreateVersion7(Now), "DossierSubmitted", "lead@example.fr", null, Message, digest: false, Now);

        Assert.Equal(("recepisse-CB21-0001.pdf", pdf.Content), (with.AttachmentName, with.AttachmentContent));
        Assert.Equal((null, null), (without.AttachmentName, without.AttachmentContent));
    }

    [Fact]
    public void A_webhook_call_is_addressed_to_its_subscription_and_carries_the_json()
    {
        var subscription = Guid.CreateVersion7(Now);
        var call = OutboundDelivery.Webhook(Guid.CreateVersion7(Now), "GrantCommitted", subscription, "{\"a\":1}", Now);

        Assert.Equal((Channel.Webhook, subscription.ToString(), subscription, "webhook"), (call.Channel, call.Recipient, call.SubscriptionId, call.Category));
        Assert.Equal(("GrantCommitted", "{\"a\":1}", DeliveryStatus.Pending, Now), (call.Subject, call.Body, call.Status, call.NextAttemptAt));
    }

    [Fact]
    public void A_failure_counts_an_attempt_keeps_the_error_and_waits_the_backoff()
    {
        var delivery = OutboundDelivery.Webhook(Guid.CreateVersion7(Now), "GrantCommitted", Guid.CreateVersion7(Now), "{}", Now);

        Assert.True(delivery.MarkFailed("HTTP 503", ThreeAttempts, Now));
        Assert.True(delivery.MarkFailed("HTTP 502", ThreeAttempts, Now.AddMinutes(1)));

        Assert.Equal((2, "HTTP 502", DeliveryStatus.Pending), (delivery.Attempts, delivery.LastError, delivery.Status));
        Assert.Equal(Now.AddMinutes(3), delivery.NextAttemptAt);
    }

    [Fact]
    public void The_last_allowed_failure_gives_up()
    {
        var delivery = OutboundDelivery.Webhook(Guid.CreateVersion7(Now), "GrantCommitted", Guid.CreateVersion7(Now), "{}", Now);
        delivery.MarkFailed("1", ThreeAttempts, Now);
        delivery.MarkFailed("2", ThreeAttempts, Now);

        Assert.False(delivery.MarkFailed("3", ThreeAttempts, Now.AddMinutes(5)));
        Assert.Equal((DeliveryStatus.Failed, 3), (delivery.Status, delivery.Attempts));
    }

    [Theory]
    [InlineData(999, 999)]
    [InlineData(1_000, 1_000)]
    [InlineData(1_001, 1_000)]
    public void Errors_are_kept_up_to_1000_characters(int length, int kept)
    {
        var delivery = OutboundDelivery.Email(Guid.CreateVersion7(Now), "X", "a@b.fr", null, Message, false, Now);

        delivery.MarkFailed(new string('e', length), ThreeAttempts, Now);

        Assert.Equal(kept, delivery.LastError!.Length);
    }

    [Fact]
    public void Sending_after_a_failure_counts_the_attempt_and_clears_the_error()
    {
        var delivery = OutboundDelivery.Email(Guid.CreateVersion7(Now), "X", "a@b.fr", null, Message, false, Now);
        delivery.MarkFailed("SMTP down", ThreeAttempts, Now);

        delivery.MarkSent(Now.AddMinutes(1));

        Assert.Equal((DeliveryStatus.Sent, 2, Now.AddMinutes(1)), (delivery.Status, delivery.Attempts, delivery.SentAt));
        Assert.Null(delivery.LastError);
    }

    [Fact]
    public void An_abandoned_call_fails_with_its_reason()
    {
        var delivery = OutboundDelivery.Webhook(Guid.CreateVersion7(Now), "X", Guid.CreateVersion7(Now), "{}", Now);

        delivery.Abandon("Abonnement désactivé");

        Assert.Equal((DeliveryStatus.Failed, "Abonnement désactivé", 0), (delivery.Status, delivery.LastError, delivery.Attempts));
    }

    [Fact]
    public void A_digested_email_points_to_its_digest()
    {
        var delivery = OutboundDelivery.Email(Guid.CreateVersion7(Now), "X", "a@b.fr", "u", Message, true, Now);
        var digest = Guid.CreateVersion7(Now);

        delivery.MarkDigested(digest, Now.AddHours(8));

        Assert.Equal((DeliveryStatus.Digested, digest, Now.AddHours(8)), (delivery.Status, delivery.DigestId, delivery.SentAt));
    }
}
