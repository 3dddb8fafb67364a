using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Defis.Dashboard.Web;

/// <summary>/login?t=token signs in (the link the AppHost prints); without a valid token, a form asks for it (401).</summary>
public static class LoginPage
{
    public static void MapLoginPage(this IEndpointRouteBuilder endpoints, DashboardLogin login)
    {
        endpoints.MapGet("/login", (HttpContext context, string? t) => SignIn(context, login, t));
        endpoints.MapPost("/login", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            return SignIn(context, login, form["t"]);
        });
    }

    private static IResult SignIn(HttpContext context, DashboardLogin login, string? token)
    {
        if (login.Accepts(token))
        {
            login.SignIn(context);
            return Results.Redirect("/");
        }
        var message = token is null ? "" : "<p class=\"error\">Jeton invalide.</p>";
        return Results.Content(Form.Replace("{message}", message), "text/html; charset=utf-8", statusCode: (int)HttpStatusCode.Unauthorized);
    }

    private const string Form = """
        <!doctype html>
        <html lang="fr"><head><meta charset="utf-8"><title>Défis — connexion au tableau de bord</title>
        <link rel="stylesheet" href="/app.css"></head>
        <body class="login"><main>
        <h1>Tableau de bord Défis</h1>
        <p>Ouvrez le lien <code>/login?t=…</code> affiché par l'AppHost au démarrage, ou collez son jeton ici.</p>
        {message}
        <form method="post" action="/login"><input name="t" autocomplete="off" placeholder="jeton" autofocus>
        <button type="submit">Se connecter</button></form>
        </main></body></html>
        """;
}
