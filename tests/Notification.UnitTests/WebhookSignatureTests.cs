using System.Security.Cryptography;
using System.Text;
using Defis.Notification.Domain.Webhooks;

namespace Defis.Notification.UnitTests;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void The_signature_is_the_hmac_sha256_of_timestamp_dot_body_in_lower_hex()
    {
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData("s3cret"u8.ToArray(), Encoding.UTF8.GetBytes("1700000000.{\"a\":1}")));

        Assert.Equal(expected, WebhookSignature.Sign("s3cret", 1_700_000_000, "{\"a\":1}"));
    }

    [Fact]
    public void A_signature_verifies_only_for_the_same_secret_timestamp_and_body()
    {
        var signature = WebhookSignature.Sign("s3cret", 1_700_000_000, "{}");

        Assert.True(WebhookSignature.Verify("s3cret", 1_700_000_000, "{}", signature));
        Assert.False(WebhookSignature.Verify("other", 1_700_000_000, "{}", signature));
        Assert.False(WebhookSignature.Verify("s3cret", 1_700_000_001, "{}", signature));
        Assert.False(WebhookSignature.Verify("s3cret", 1_700_000_000, "{ }", signature));
    }
}
