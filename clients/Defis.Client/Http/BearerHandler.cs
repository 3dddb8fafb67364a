using System.Net.Http.Headers;

namespace Defis.Client.Http;

/// <summary>Puts the current access token on every request: from a <see cref="TokenSource"/>, or from wherever a caller keeps it (a web front-end's session).</summary>
public sealed class BearerHandler(Func<CancellationToken, Task<string>> accessToken) : DelegatingHandler
{
    public BearerHandler(TokenSource tokens) : this(tokens.TokenAsync)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await accessToken(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
