namespace Defis.Client.Http;

/// <summary>
/// Gives every POST an Idempotency-Key, unless the caller chose one. Placed outside the retry handler, so a
/// retried request carries the same key and the gateway replays the first response instead of acting twice.
/// </summary>
public sealed class IdempotencyKeyHandler : DelegatingHandler
{
    public const string Header = "Idempotency-Key";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post && !request.Headers.Contains(Header))
        {
            request.Headers.Add(Header, Guid.CreateVersion7().ToString());
        }
        return base.SendAsync(request, cancellationToken);
    }
}
