using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Defis.Client.Http;

/// <summary>
/// Access tokens from the platform's token endpoint (client credentials for a partner's system, or the demo
/// accounts' password grant), kept until shortly before they expire so that one token serves many calls.
/// </summary>
public sealed class TokenSource(HttpClient identity, IReadOnlyDictionary<string, string> grant, TimeProvider? time = null)
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private (string Token, DateTimeOffset Until)? _current;

    public static TokenSource ClientCredentials(HttpClient identity, string clientId, string clientSecret) => new(identity,
        new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = clientSecret });

    public static TokenSource Password(HttpClient identity, string userName, string password) => new(identity,
        new Dictionary<string, string> { ["grant_type"] = "password", ["username"] = userName, ["password"] = password });

    public async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && current.Until > _time.GetUtcNow())
        {
            return current.Token;
        }
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } fresh && fresh.Until > _time.GetUtcNow())
            {
                return fresh.Token;
            }
            using var response = await identity.PostAsync("/connect/token", new FormUrlEncodedContent(grant), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"Token refused ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(cancellationToken)}",
                    inner: null, response.StatusCode);
            }
            var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken)
                ?? throw new HttpRequestException("Empty token response.");
            _current = (answer.AccessToken, _time.GetUtcNow() + TimeSpan.FromSeconds(answer.ExpiresIn) - Margin);
            return answer.AccessToken;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
