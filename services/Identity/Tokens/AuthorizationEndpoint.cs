using System.Security.Claims;
using Defis.Identity.Accounts;
using Defis.Identity.SignIn;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Defis.Identity.Tokens;

/// <summary>
/// /connect/authorize once OpenIddict has validated the request (client, redirect URI: BrowserClientValidation; PKCE
/// required): a person not yet signed in here is sent to the sign-in page and back; a signed-in one gets a code carrying
/// their <see cref="PersonIdentity"/>.
/// </summary>
public static class AuthorizationEndpoint
{
    public const string Path = "/connect/authorize";
    public const string EndSessionPath = "/connect/endsession";

    public static async Task<IResult> Authorize(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(DemoSession.Scheme);
        var account = DemoAccounts.All.FirstOrDefault(a => a.UserId == session.Principal?.FindFirstValue(Claims.Subject));
        if (account is null)
        {
            // Back here with the same parameters once signed in.
            var parameters = http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList();
            return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters) },
                [DemoSession.Scheme]);
        }
        return Results.SignIn(PersonIdentity.For(account, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>Ends the session here too, then OpenIddict returns to the (validated) post-logout address.</summary>
    public static async Task<IResult> EndSession(HttpContext http)
    {
        await http.SignOutAsync(DemoSession.Scheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = DemoSession.SignInPath },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
