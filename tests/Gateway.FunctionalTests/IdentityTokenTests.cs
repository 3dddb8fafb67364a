using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Defis.Gateway.FunctionalTests;

/// <summary>Tokens from the identity service are the platform's: accepted by the gateway (configured as every service is) and forwarded.</summary>
[Collection(GatewayCollection.Name)]
public sealed class IdentityTokenTests(GatewayPlatform platform)
{
    [Fact]
    public async Task Client_credentials_token_carries_the_platform_claims_and_is_forwarded()
    {
        var token = await platform.ClientTokenAsync();

        var jwt = new JsonWebToken(token);
        Assert.Equal(GatewayPlatform.IdentityAuthority, jwt.Issuer);
        Assert.Equal("RS256", jwt.Alg);
        Assert.Equal([TestTokens.Audience], jwt.Audiences);
        Assert.Equal(GatewayPlatform.MinistryClient, jwt.Subject);
        Assert.Equal([Roles.MinistryPartner], jwt.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        using var gateway = GatewayPlatform.Client(platform.GatewayA, token);
        using var response = await gateway.GetAsync($"/api/v1/funding/programmes/{Guid.NewGuid()}/events", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Bearer {token}", (await GatewayPlatform.EchoAsync(response)).Authorization);
    }

    [Fact]
    public async Task Demo_password_token_opens_what_its_role_may_reach_only()
    {
        var token = await platform.DemoTokenAsync("demo-porteur-1");

        var jwt = new JsonWebToken(token);
        Assert.Equal("demo-porteur-1", jwt.Subject);
        Assert.Equal([Roles.Applicant], jwt.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.Equal("porteur1@demo.defis.gouv.fr", jwt.GetClaim("email").Value);
        using var gateway = GatewayPlatform.Client(platform.GatewayB, token);
        using var dossiers = await gateway.GetAsync("/api/v1/dossiers", TestContext.Current.CancellationToken);
        using var events = await gateway.GetAsync($"/api/v1/funding/programmes/{Guid.NewGuid()}/events", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, dossiers.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, events.StatusCode);
    }

    [Fact]
    public async Task A_token_is_verified_with_nothing_but_the_discovery_document()
    {
        var token = await platform.DemoTokenAsync("demo-porteur-1");

        var discovered = await DiscoverAsync();

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, discovered);
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("demo-porteur-1", result.Claims["sub"]);
    }

    [Fact]
    public async Task A_token_not_signed_by_identity_fails_the_discovery_check()
    {
        var discovered = await DiscoverAsync();
        var foreign = new JsonWebToken(await platform.DemoTokenAsync("demo-porteur-1"));
        using var otherKey = RSA.Create(2048);
        // Same header (kid, alg), same claims and issuer: only the signature differs.
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = foreign.Issuer,
            Audience = TestTokens.Audience,
            Claims = new Dictionary<string, object> { ["sub"] = "demo-porteur-1", ["role"] = new[] { Roles.Applicant } },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(otherKey) { KeyId = foreign.Kid }, SecurityAlgorithms.RsaSha256),
        });

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(forged, discovered);
        var testToken = await new JsonWebTokenHandler().ValidateTokenAsync(TestTokens.For("demo-porteur-1", Roles.Applicant), discovered);

        Assert.IsType<SecurityTokenInvalidSignatureException>(result.Exception);
        Assert.False(testToken.IsValid);
    }

    /// <summary>What any OpenID Connect client knows of identity: its discovery document and the key set it points to.</summary>
    private async Task<TokenValidationParameters> DiscoverAsync()
    {
        using var identity = platform.Identity.CreateClient();
        using var discovery = JsonDocument.Parse(await identity.GetStringAsync("/.well-known/openid-configuration", Cancellation));
        var document = discovery.RootElement;
        var keys = new JsonWebKeySet(await identity.GetStringAsync(document.GetProperty("jwks_uri").GetString(), Cancellation));
        var algorithms = document.GetProperty("id_token_signing_alg_values_supported").EnumerateArray().Select(a => a.GetString()!).ToArray();
        Assert.Equal(["RS256"], algorithms);
        return new TokenValidationParameters
        {
            ValidIssuer = document.GetProperty("issuer").GetString(),
            ValidAudience = TestTokens.Audience,
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidAlgorithms = algorithms,
        };
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("password", "demo-porteur-1", "wrong-password", "invalid_grant")]
    [InlineData("password", "nobody", null, "invalid_grant")]
    [InlineData("client_credentials", GatewayPlatform.MinistryClient, "wrong-secret", "invalid_client")]
    [InlineData("client_credentials", "unknown-client", null, "invalid_client")]
    // The portal's code flow (decision 0026) made authorization_code a grant: without a code it is a bad request.
    [InlineData("authorization_code", "demo-porteur-1", null, "invalid_request")]
    // So did the portal's working-day session (decision 0036) for refresh_token: without a refresh token, a bad request.
    [InlineData("refresh_token", "demo-porteur-1", null, "invalid_request")]
    [InlineData("device_code", "demo-porteur-1", null, "unsupported_grant_type")]
    public async Task Bad_credentials_get_no_token(string grantType, string who, string? secret, string error)
    {
        var credentials = grantType == "client_credentials"
            ? new[] { ("client_id", who), ("client_secret", secret ?? platform.ClientSecret) }
            : [("username", who), ("password", secret ?? platform.DemoPassword)];

        using var response = await platform.RequestTokenAsync([("grant_type", grantType), .. credentials]);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.False(response.IsSuccessStatusCode, body);
        Assert.Equal(error, JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
    }
}
