using System.Net;
using System.Text.Json;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

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
        Assert.Equal(TestTokens.Issuer, jwt.Issuer);
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

    [Theory]
    [InlineData("password", "demo-porteur-1", "wrong-password", "invalid_grant")]
    [InlineData("password", "nobody", null, "invalid_grant")]
    [InlineData("client_credentials", GatewayPlatform.MinistryClient, "wrong-secret", "invalid_client")]
    [InlineData("client_credentials", "unknown-client", null, "invalid_client")]
    [InlineData("authorization_code", "demo-porteur-1", null, "unsupported_grant_type")]
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
