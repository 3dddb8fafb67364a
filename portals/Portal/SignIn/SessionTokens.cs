using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Defis.Portal.SignIn;

/// <summary>
/// Keeps a session's access token fresh (decision 0036): on each request whose token ends within <see cref="Margin"/>,
/// the refresh token buys a new one from identity, and the session cookie is written again with it. A refused refresh
/// (the working day is over, identity restarted) ends the session once its token has ended: the next page signs in
/// again. A refresh that cannot reach identity leaves a still-valid session alone, to try again on the next request.
/// </summary>
public sealed class SessionTokens(IHttpClientFactory clients, IOptionsMonitor<OpenIdConnectOptions> openIdConnect, TimeProvider time, ILogger<SessionTokens> log)
{
    public const string ClientName = "identity-tokens";

    /// <summary>Refreshed this long before its end: a page's calls to the gateway all carry a token that still holds.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Properties.GetTokenValue("expires_at") is not { } expiresAt
            || !DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var ends))
        {
            return;
        }
        var now = time.GetUtcNow();
        if (ends - now > Margin)
        {
            return;
        }
        var fresh = context.Properties.GetTokenValue("refresh_token") is { } refreshToken
            ? await RefreshAsync(refreshToken, context.HttpContext.RequestAborted)
            : null;
        if (fresh is not null)
        {
            Keep(context.Properties, fresh, now);
            context.ShouldRenew = true;
        }
        else if (ends <= now)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private async Task<TokenAnswer?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var options = openIdConnect.Get(OpenIdConnectDefaults.AuthenticationScheme);
        try
        {
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
                ["client_id"] = options.ClientId!,
            });
            using var answer = await clients.CreateClient(ClientName).PostAsync(configuration.TokenEndpoint, form, cancellationToken);
            if (!answer.IsSuccessStatusCode)
            {
                log.LogInformation("Identity refused to refresh a session ({Status}).", (int)answer.StatusCode);
                return null;
            }
            var fresh = await answer.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken);
            return fresh is { AccessToken.Length: > 0, ExpiresIn: > 0 } ? fresh : null;
        }
        catch (Exception failure) when (failure is HttpRequestException or InvalidOperationException or TaskCanceledException or System.Text.Json.JsonException
                                        && !cancellationToken.IsCancellationRequested)
        {
            log.LogWarning("A session could not be refreshed: {Reason}", failure.Message);
            return null;
        }
    }

    private static void Keep(AuthenticationProperties properties, TokenAnswer fresh, DateTimeOffset now)
    {
        properties.UpdateTokenValue("access_token", fresh.AccessToken!);
        properties.UpdateTokenValue("expires_at", now.AddSeconds(fresh.ExpiresIn).ToString("o", CultureInfo.InvariantCulture));
        if (fresh.RefreshToken is { Length: > 0 } refreshToken)
        {
            properties.UpdateTokenValue("refresh_token", refreshToken);
        }
        if (fresh.IdToken is { Length: > 0 } idToken)
        {
            properties.UpdateTokenValue("id_token", idToken);
        }
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("id_token")] string? IdToken);
}
