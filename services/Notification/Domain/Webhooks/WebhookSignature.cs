using System.Security.Cryptography;
using System.Text;

namespace Defis.Notification.Domain.Webhooks;

/// <summary>
/// X-Defis-Signature: "sha256=" + hex HMAC-SHA256 of "{timestamp}.{body}" keyed with the subscription's secret;
/// the timestamp (X-Defis-Timestamp, Unix seconds) is signed too so that a captured call cannot be replayed later.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Defis-Signature";
    public const string TimestampHeader = "X-Defis-Timestamp";

    public static string Sign(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    public static bool Verify(string secret, long timestamp, string body, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}
