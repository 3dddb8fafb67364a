using Defis.Notification.Domain.Webhooks;

namespace Defis.Notification.UnitTests;

public sealed class WebhookAttemptTests
{
    private static readonly DateTimeOffset Now = new(2021, 10, 15, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(199, false)]
    [InlineData(200, true)]
    [InlineData(299, true)]
    [InlineData(300, false)]
    [InlineData(null, false)]
    public void Only_a_2xx_answer_is_a_success(int? status, bool succeeded)
    {
        var attempt = WebhookAttempt.Record(Guid.CreateVersion7(Now), Guid.CreateVersion7(Now), 1, status, null, Now);

        Assert.Equal(succeeded, attempt.Succeeded);
        Assert.Equal(status, attempt.StatusCode);
    }

    [Theory]
    [InlineData(1_000, 1_000)]
    [InlineData(1_001, 1_000)]
    public void Errors_are_kept_up_to_1000_characters(int length, int kept)
    {
        var attempt = WebhookAttempt.Record(Guid.CreateVersion7(Now), Guid.CreateVersion7(Now), 2, null, new string('x', length), Now);

        Assert.Equal(kept, attempt.Error!.Length);
    }

    [Fact]
    public void An_attempt_records_which_call_of_which_delivery_it_was()
    {
        var (delivery, subscription) = (Guid.CreateVersion7(Now), Guid.CreateVersion7(Now));

        var attempt = WebhookAttempt.Record(delivery, subscription, 4, 500, "boom", Now);

        Assert.Equal((delivery, subscription, 4, Now, "boom"), (attempt.DeliveryId, attempt.SubscriptionId, attempt.AttemptNumber, attempt.At, attempt.Error));
    }
}
