using Microsoft.AspNetCore.Authentication.Cookies;

namespace Defis.Identity.SignIn;

/// <summary>
/// Who is signed in at the identity service itself, between the sign-in page and the authorization endpoint: a cookie
/// of its own (named apart from the portal's, as both live on 127.0.0.1 locally and cookies ignore ports).
/// </summary>
public static class DemoSession
{
    public const string Scheme = "identity-session";
    public const string SignInPath = "/connexion";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.LoginPath = SignInPath;
        options.ReturnUrlParameter = "ReturnUrl";
        options.Cookie.Name = ".Defis.Identity.Session";
        options.Cookie.HttpOnly = true;
        // Lax: the portal sends the browser here by a top-level GET, which Lax lets through even from another site.
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.ExpireTimeSpan = TimeSpan.FromHours(1);
        options.SlidingExpiration = false;
    }
}
