using System.Net.Http.Headers;
using System.Text;
using Defis.Notification.Domain.Webhooks;
using Microsoft.Extensions.Options;

namespace Defis.Notification.Delivery;

/// <summary>
/// POSTs a signed webhook body. Its own HttpClient, not the factory's: the platform's standard resilience
/// handler would retry inside one attempt, and our retries must follow the documented schedule and be logged.
/// </summary>
public sealed class WebhookSender(WebhookNetworkPolicy policy, IOptions<WebhookOptions> options, TimeProvider time) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        ConnectCallback = policy.ConnectAsync,
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    })
    {
        Timeout = options.Value.Timeout,
    };

    /// <summary>The receiver's status code, or null and the reason when no answer came.</summary>
    public async Task<(int? Status, string? Error)> PostAsync(string url, string secret, string body, CancellationToken cancellationToken)
    {
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            return ((int)response.StatusCode, response.IsSuccessStatusCode ? null : $"Réponse HTTP {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, e.Message);
        }
    }

    public void Dispose() => _http.Dispose();
}
