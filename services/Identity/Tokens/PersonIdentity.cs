using System.Security.Claims;
using Defis.Identity.Accounts;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Defis.Identity.Tokens;

/// <summary>
/// What a person signed in at the portal is given, at sign-in and at each refresh alike: the same claims the password
/// grant gives, the scopes they asked for at sign-in, and sub, email and roles in the identity token too, for the portal
/// to show who is signed in (the access token itself is written by PlatformAccessToken).
/// </summary>
public static class PersonIdentity
{
    public static ClaimsPrincipal For(DemoAccounts.Account account, IEnumerable<string> scopes)
    {
        var identity = TokenEndpoint.Identity(account.UserId, account.Email, account.Roles);
        identity.SetScopes(scopes);
        identity.SetDestinations(claim => claim.Type is Claims.Subject or Claims.Email or Claims.Role
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
