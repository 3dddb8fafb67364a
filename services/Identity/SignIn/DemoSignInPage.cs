using System.Security.Claims;
using System.Text.Encodings.Web;
using Defis.Identity.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Defis.Identity.SignIn;

/// <summary>
/// The sign-in page of the demo accounts (one password for all, generated per data folder): plain server-rendered HTML,
/// in French, usable with the keyboard and without JavaScript. A real deployment signs people in at its own provider.
/// </summary>
public static class DemoSignInPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    /// <summary>What each demo account is for, as people read it.</summary>
    private static readonly Dictionary<string, string> Purposes = new(StringComparer.Ordinal)
    {
        ["demo-porteur-1"] = "porteur de projet, équipe 1",
        ["demo-porteur-2"] = "porteur de projet, équipe 2",
        ["demo-jure-1"] = "juré",
        ["demo-jure-2"] = "juré",
        ["demo-president"] = "président de jury",
        ["demo-ditp"] = "équipe du programme (DITP)",
        ["demo-finance"] = "agent financier",
        ["demo-coach"] = "coach",
        ["demo-ministere"] = "ministère partenaire",
    };

    public static IResult Show(HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
        Page(http, antiforgery, SafeReturn(returnUrl), userId: null, error: null);

    public static async Task<IResult> SignIn(HttpContext http, IAntiforgery antiforgery, IOptionsMonitor<IdentitySettings> settings)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest("Le formulaire a expiré : rechargez la page de connexion.");
        }
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var returnUrl = SafeReturn(form["ReturnUrl"]);
        var account = DemoAccounts.SignIn(form["identifiant"], form["motDePasse"], settings.CurrentValue.DemoPassword);
        if (account is null)
        {
            return Page(http, antiforgery, returnUrl, form["identifiant"], "Identifiant ou mot de passe incorrect.");
        }
        var identity = new ClaimsIdentity(DemoSession.Scheme, Claims.Subject, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, account.UserId));
        await http.SignInAsync(DemoSession.Scheme, new ClaimsPrincipal(identity));
        return Results.LocalRedirect(returnUrl);
    }

    /// <summary>Only a path of this service: the sign-in page must not send anyone elsewhere.</summary>
    private static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url : DemoSession.SignInPath;

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string returnUrl, string? userId, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var options = string.Concat(DemoAccounts.All.Select(a =>
            $"<option value=\"{Html.Encode(a.UserId)}\"{(a.UserId == userId ? " selected" : "")}>{Html.Encode(a.UserId)} — {Html.Encode(Purposes.GetValueOrDefault(a.UserId, ""))}</option>"));
        var alert = error is null ? "" : $"<div class=\"erreur\" role=\"alert\" id=\"erreur\"><p>{Html.Encode(error)}</p></div>";
        var invalid = error is null ? " aria-describedby=\"aide-mot-de-passe\"" : " aria-invalid=\"true\" aria-describedby=\"erreur aide-mot-de-passe\"";
        var html = $$"""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{(error is null ? "" : "Erreur — ")}}Connexion — Défis (démonstration)</title>
              <style>
                body { font-family: Marianne, Arial, sans-serif; margin: 0; color: #161616; background: #fff; line-height: 1.5; }
                header, main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
                header { border-bottom: 1px solid #ddd; }
                label { display: block; font-weight: bold; margin-top: 1rem; }
                select, input { font-size: 1rem; padding: .5rem; width: 100%; box-sizing: border-box; border: 1px solid #3a3a3a; }
                button { margin-top: 1.5rem; font-size: 1rem; padding: .5rem 1.5rem; background: #000091; color: #fff; border: 0; }
                :focus { outline: 3px solid #0a76f6; outline-offset: 2px; }
                .erreur { border-left: 4px solid #ce0500; padding: .25rem 1rem; color: #ce0500; }
                .aide { color: #3a3a3a; font-size: .9rem; }
              </style>
            </head>
            <body>
              <header><p><strong>Défis</strong> — service d'identité de démonstration</p></header>
              <main id="contenu">
                <h1>Se connecter</h1>
                {{alert}}
                <form method="post" action="{{DemoSession.SignInPath}}">
                  <input type="hidden" name="{{tokens.FormFieldName}}" value="{{Html.Encode(tokens.RequestToken ?? "")}}">
                  <input type="hidden" name="ReturnUrl" value="{{Html.Encode(returnUrl)}}">
                  <label for="identifiant">Compte de démonstration</label>
                  <select id="identifiant" name="identifiant" autocomplete="username">{{options}}</select>
                  <label for="mot-de-passe">Mot de passe</label>
                  <input id="mot-de-passe" name="motDePasse" type="password" autocomplete="current-password" required{{invalid}}>
                  <p class="aide" id="aide-mot-de-passe">Le même pour tous les comptes de démonstration : le fichier <code>demo-password</code> du dossier de données (<code>.data/demo-password</code> avec <code>./defis run</code>).</p>
                  <button type="submit">Se connecter</button>
                </form>
              </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: error is null ? 200 : 400);
    }
}
