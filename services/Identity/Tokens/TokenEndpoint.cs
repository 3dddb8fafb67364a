using System.Security.Claims;
using Defis.Identity.Accounts;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Defis.Identity.Tokens;

/// <summary>
/// /connect/token once OpenIddict has validated the request: who the token is for. Claims are the ones the
/// services read (decision 0007): "sub", one "role" claim per role, "email"; issuer and audience are written by PlatformAccessToken.
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/connect/token";

    public static async Task<IResult> Issue(HttpContext http, IOptionsMonitor<IdentitySettings> settings)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsAuthorizationCodeGrantType())
        {
            // OpenIddict has checked the code, its client, redirect URI and PKCE verifier: its principal (claims and
            // destinations set by AuthorizationEndpoint) is what the tokens carry.
            var code = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return code.Principal is { } principal
                ? Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
                : Refused();
        }
        if (request.IsRefreshTokenGrantType())
        {
            return await RefreshAsync(http);
        }
        var identity = request.IsClientCredentialsGrantType() ? ForClient(request.ClientId, settings.CurrentValue)
            : request.IsPasswordGrantType() ? ForDemoAccount(request.Username, request.Password, settings.CurrentValue)
            : null;
        if (identity is null)
        {
            return Refused();
        }
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// OpenIddict has checked the refresh token (its client, its end): the person's account as it is now, so a removed
    /// account gets nothing and changed roles apply from the next refresh, with the scopes granted at sign-in.
    /// </summary>
    private static async Task<IResult> RefreshAsync(HttpContext http)
    {
        var token = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var subject = token.Principal?.GetClaim(Claims.Subject);
        var account = DemoAccounts.All.FirstOrDefault(a => a.UserId == subject);
        return account is null
            ? Refused("Session expirée : reconnectez-vous.")
            : Results.SignIn(PersonIdentity.For(account, token.Principal!.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static ClaimsIdentity? ForClient(string? clientId, IdentitySettings settings)
    {
        // The client was authenticated by ClientAuthentication; its configured roles are what it may do.
        var client = settings.Clients.FirstOrDefault(c => c.ClientId == clientId);
        return client is null ? null : Identity(client.ClientId, email: null, client.Roles);
    }

    private static ClaimsIdentity? ForDemoAccount(string? userId, string? password, IdentitySettings settings)
    {
        var account = DemoAccounts.SignIn(userId, password, settings.DemoPassword);
        return account is null ? null : Identity(account.UserId, account.Email, account.Roles);
    }

    internal static ClaimsIdentity Identity(string subject, string? email, IEnumerable<string> roles)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Subject, Claims.Role);
        identity.SetClaim(Claims.Subject, subject);
        if (email is not null)
        {
            identity.SetClaim(Claims.Email, email);
        }
        identity.SetClaims(Claims.Role, [.. roles]);
        return identity;
    }

    private static IResult Refused(string description = "Identifiant ou mot de passe incorrect.") => Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidGrant,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
