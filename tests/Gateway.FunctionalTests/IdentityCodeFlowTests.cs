using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Defis.Identity.Accounts;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Defis.Gateway.FunctionalTests;

/// <summary>
/// The portal's sign-in at identity (decision 0026): the authorization code flow, PKCE required, codes sent only to the
/// browser client's registered address, and tokens with the same claims the password grant gives.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed partial class IdentityCodeFlowTests(GatewayPlatform platform)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_demo_account_signs_in_through_the_code_flow_with_PKCE_and_gets_the_platform_token()
    {
        using var browser = Browser();
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));

        var code = await SignInAsync(browser, Challenge(verifier));
        using var redeemed = await RedeemAsync(code, verifier);

        using var json = await ApplicantTokensAsync(redeemed);
        var identity = new JsonWebToken(json.RootElement.GetProperty("id_token").GetString());
        Assert.Equal([GatewayPlatform.PortalClient], identity.Audiences);
    }

    [Fact]
    public async Task A_code_is_not_redeemed_without_its_verifier()
    {
        using var browser = Browser();
        var code = await SignInAsync(browser, Challenge(Base64Url(RandomNumberGenerator.GetBytes(32))));

        using var redeemed = await RedeemAsync(code, Base64Url(RandomNumberGenerator.GetBytes(32)));

        Assert.Equal(HttpStatusCode.BadRequest, redeemed.StatusCode);
        Assert.Contains("invalid_grant", await redeemed.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GatewayPlatform.PortalClient, "https://ailleurs.example/signin-oidc", true)]
    [InlineData("client-inconnu", GatewayPlatform.PortalRedirectUri, true)]
    [InlineData(GatewayPlatform.PortalClient, GatewayPlatform.PortalRedirectUri, false)]
    public async Task No_code_leaves_for_an_unknown_client_an_unregistered_address_or_without_PKCE(string clientId, string redirectUri, bool withPkce)
    {
        using var browser = Browser();
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = clientId, ["redirect_uri"] = redirectUri, ["response_type"] = "code", ["scope"] = "openid", ["state"] = "s",
        };
        if (withPkce)
        {
            query["code_challenge"] = Challenge(Base64Url(RandomNumberGenerator.GetBytes(32)));
            query["code_challenge_method"] = "S256";
        }

        using var response = await browser.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", query), Cancellation);

        var location = response.Headers.Location?.ToString() ?? "";
        Assert.DoesNotContain("code=", location, StringComparison.Ordinal);
        Assert.False(location.StartsWith("https://ailleurs.example", StringComparison.Ordinal), location);
        Assert.False(location.Contains("/connexion", StringComparison.Ordinal), $"Sent to sign in despite a bad request: {location}");
    }

    [Fact]
    public async Task A_wrong_password_stays_on_the_sign_in_page_with_a_French_error()
    {
        using var browser = Browser();
        var page = await browser.GetStringAsync("/connexion", Cancellation);

        using var response = await browser.PostAsync("/connexion", SignInForm(page, "/connect/authorize", "pas-le-bon"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Identifiant ou mot de passe incorrect.", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_offline_access_a_session_gets_new_tokens_for_the_same_person_from_its_refresh_token()
    {
        using var first = await SignedInTokensAsync("openid offline_access");
        var refreshToken = first.RootElement.GetProperty("refresh_token").GetString()!;

        using var refreshed = await RefreshAsync(refreshToken, GatewayPlatform.PortalClient);

        using var json = await ApplicantTokensAsync(refreshed);
        Assert.NotEqual(first.RootElement.GetProperty("access_token").GetString(), json.RootElement.GetProperty("access_token").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("refresh_token").GetString()));
        using var again = await RefreshAsync(json.RootElement.GetProperty("refresh_token").GetString()!, GatewayPlatform.PortalClient);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Without_offline_access_a_session_gets_no_refresh_token()
    {
        using var tokens = await SignedInTokensAsync("openid");

        Assert.False(tokens.RootElement.TryGetProperty("refresh_token", out _));
    }

    [Theory]
    [InlineData("client-inconnu", false)]
    [InlineData("", false)]
    [InlineData(GatewayPlatform.PortalClient, true)]
    public async Task A_refresh_token_serves_only_the_client_it_was_given_to_and_only_as_it_was_given(string clientId, bool altered)
    {
        using var tokens = await SignedInTokensAsync("openid offline_access");
        var refreshToken = tokens.RootElement.GetProperty("refresh_token").GetString()!;

        using var refused = await RefreshAsync(altered ? refreshToken[..^4] + "AAAA" : refreshToken, clientId);

        var body = await refused.Content.ReadAsStringAsync(Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("\"error\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("access_token", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_and_a_refresh_token_one_replica_issued_are_honoured_by_another()
    {
        await using var replica = platform.IdentityReplica();
        using var browser = Browser();
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var code = await SignInAsync(browser, Challenge(verifier), "openid offline_access");

        using var redeemed = await PostTokenAsync(replica, ("grant_type", "authorization_code"), ("code", code),
            ("redirect_uri", GatewayPlatform.PortalRedirectUri), ("client_id", GatewayPlatform.PortalClient), ("code_verifier", verifier));
        using var tokens = await ApplicantTokensAsync(redeemed);
        using var refreshed = await PostTokenAsync(replica, ("grant_type", "refresh_token"),
            ("refresh_token", tokens.RootElement.GetProperty("refresh_token").GetString()!), ("client_id", GatewayPlatform.PortalClient));

        using var again = await ApplicantTokensAsync(refreshed);
        // And back on the first: the refresh token the replica gave is honoured there too.
        using var back = await RefreshAsync(again.RootElement.GetProperty("refresh_token").GetString()!, GatewayPlatform.PortalClient);
        using var last = await ApplicantTokensAsync(back);
    }

    private static async Task<HttpResponseMessage> PostTokenAsync(ServiceHost<IdentitySettings> identity, params (string Name, string Value)[] form)
    {
        using var client = identity.CreateClient();
        return await client.PostAsync("/connect/token", new FormUrlEncodedContent(form.Select(p => KeyValuePair.Create(p.Name, p.Value))), Cancellation);
    }

    private async Task<JsonDocument> SignedInTokensAsync(string scope)
    {
        using var browser = Browser();
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var code = await SignInAsync(browser, Challenge(verifier), scope);
        using var redeemed = await RedeemAsync(code, verifier);
        return await ApplicantTokensAsync(redeemed);
    }

    /// <summary>A 200 whose tokens are the applicant's: the platform's claims in the access token, the person in the identity token.</summary>
    private static async Task<JsonDocument> ApplicantTokensAsync(HttpResponseMessage answer)
    {
        var body = await answer.Content.ReadAsStringAsync(Cancellation);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var json = JsonDocument.Parse(body);
        var access = new JsonWebToken(json.RootElement.GetProperty("access_token").GetString());
        Assert.Equal("demo-porteur-1", access.Subject);
        Assert.Equal([Roles.Applicant], access.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.Equal("demo-porteur-1", new JsonWebToken(json.RootElement.GetProperty("id_token").GetString()).Subject);
        return json;
    }

    private async Task<HttpResponseMessage> RefreshAsync(string refreshToken, string clientId) => clientId.Length == 0
        ? await platform.RequestTokenAsync(("grant_type", "refresh_token"), ("refresh_token", refreshToken))
        : await platform.RequestTokenAsync(("grant_type", "refresh_token"), ("refresh_token", refreshToken), ("client_id", clientId));

    private HttpClient Browser() => platform.Identity.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>authorize → sign-in page → signed in → authorize again → the code on the registered address.</summary>
    private async Task<string> SignInAsync(HttpClient browser, string challenge, string scope = "openid")
    {
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = GatewayPlatform.PortalClient, ["redirect_uri"] = GatewayPlatform.PortalRedirectUri, ["response_type"] = "code",
            ["scope"] = scope, ["state"] = "etat", ["nonce"] = "n", ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        });
        using var first = await browser.GetAsync(authorize, Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var signInPage = first.Headers.Location!.ToString();
        Assert.Contains("/connexion", signInPage, StringComparison.Ordinal);
        var page = await browser.GetStringAsync(signInPage, Cancellation);
        var returnUrl = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), signInPage).Query)["ReturnUrl"].ToString();
        using var signedIn = await browser.PostAsync("/connexion", SignInForm(page, returnUrl, platform.DemoPassword), Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var second = await browser.GetAsync(signedIn.Headers.Location, Cancellation);
        var callback = second.Headers.Location!;
        Assert.StartsWith(GatewayPlatform.PortalRedirectUri + "?", callback.ToString(), StringComparison.Ordinal);
        var answer = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("etat", answer["state"].ToString());
        return answer["code"].ToString();
    }

    private async Task<HttpResponseMessage> RedeemAsync(string code, string verifier) => await platform.RequestTokenAsync(
        ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", GatewayPlatform.PortalRedirectUri),
        ("client_id", GatewayPlatform.PortalClient), ("code_verifier", verifier));

    private static FormUrlEncodedContent SignInForm(string page, string returnUrl, string password) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value,
        ["ReturnUrl"] = returnUrl,
        ["identifiant"] = "demo-porteur-1",
        ["motDePasse"] = password,
    });

    private static string Challenge(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
