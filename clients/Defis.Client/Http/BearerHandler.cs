using System.Net.Http.Headers;

namespace Defis.Client.Http;

/// <summary>Puts the current access token on every request.</summary>
public sealed class BearerHandler(TokenSource tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.TokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
