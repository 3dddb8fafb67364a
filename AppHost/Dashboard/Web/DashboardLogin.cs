using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Defis.Dashboard.Web;

/// <summary>
/// Aspire-style browser token: /login?t=… sets an HttpOnly, SameSite=Strict cookie; without it the API
/// answers 401 and pages go to the login form. The cookie holds a hash of the token, never the token.
/// </summary>
public sealed class DashboardLogin(string token, bool unsecured)
{
    public const string CookieName = "defis-dashboard";

    private readonly string _cookieValue = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public string Token => token;

    public bool Unsecured => unsecured;

    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public bool IsSignedIn(HttpContext context) =>
        unsecured || (context.Request.Cookies[CookieName] is { } cookie && Same(cookie, _cookieValue));

    public bool Accepts(string? presented) => presented is not null && Same(presented, token);

    public void SignIn(HttpContext context) => context.Response.Cookies.Append(CookieName, _cookieValue, new CookieOptions
    {
        HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true,
    });

    /// <summary>Pages without the cookie go to the login form; the API says 401.</summary>
    public async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        if (IsSignedIn(context) || path.StartsWithSegments("/login") || path.StartsWithSegments("/app.css"))
        {
            await next(context);
            return;
        }
        if (path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { error = "Connexion requise : ouvrez le lien /login?t=… affiché au démarrage de l'AppHost." });
            return;
        }
        context.Response.Redirect("/login");
    }

    private static bool Same(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
