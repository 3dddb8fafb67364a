using System.Net;
using Defis.ServiceDefaults.Security;
using Defis.Testing;

namespace Defis.Gateway.FunctionalTests;

/// <summary>Limits are counted in Redis: two gateway instances share them; the answer past the limit is 429 with Retry-After.</summary>
[Collection(GatewayCollection.Name)]
public sealed class RateLimitTests(GatewayPlatform platform)
{
    [Fact]
    public async Task A_users_limit_holds_across_gateway_instances()
    {
        var token = TestTokens.For($"busy-{Guid.NewGuid():N}", Roles.Applicant);
        for (var i = 0; i < GatewayPlatform.PermitsPerUser; i++)
        {
            // Alternating instances and a new address each time: only the user's counter can run out.
            using var gateway = GatewayPlatform.Client(i % 2 == 0 ? platform.GatewayA : platform.GatewayB, token);
            using var allowed = await gateway.GetAsync("/api/v1/dossiers", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var last = GatewayPlatform.Client(platform.GatewayB, token);
        using var refused = await last.GetAsync("/api/v1/dossiers", TestContext.Current.CancellationToken);

        AssertTooMany(refused);
    }

    [Fact]
    public async Task A_client_address_is_limited_even_without_a_token()
    {
        var address = GatewayPlatform.NewClientIp();
        for (var i = 0; i < GatewayPlatform.PermitsPerClientIp; i++)
        {
            using var gateway = GatewayPlatform.Client(i % 2 == 0 ? platform.GatewayA : platform.GatewayB, token: null, address);
            using var anonymous = await gateway.GetAsync("/api/v1/dossiers", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using var last = GatewayPlatform.Client(platform.GatewayA, token: null, address);
        using var refused = await last.GetAsync("/api/v1/dossiers", TestContext.Current.CancellationToken);

        AssertTooMany(refused);
    }

    [Fact]
    public async Task A_client_that_is_not_a_trusted_proxy_cannot_dodge_its_limit_by_rotating_X_Forwarded_For()
    {
        // A peer address of this test's own: its counter is shared with no other test.
        await using var untrusting = platform.NewGateway(IPAddress.Parse($"127.{Random.Shared.Next(1, 255)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}"));
        await untrusting.StartedAsync();
        for (var i = 0; i < GatewayPlatform.PermitsPerClientIp; i++)
        {
            using var rotating = GatewayPlatform.Client(untrusting, token: null, GatewayPlatform.NewClientIp());
            using var anonymous = await rotating.GetAsync("/api/v1/dossiers", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using var last = GatewayPlatform.Client(untrusting, token: null, GatewayPlatform.NewClientIp());
        using var refused = await last.GetAsync("/api/v1/dossiers", TestContext.Current.CancellationToken);

        AssertTooMany(refused);
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_limit()
    {
        for (var i = 0; i <= 2 * GatewayPlatform.PermitsPerClientIp; i++)
        {
            using var forwarded = GatewayPlatform.Client(i % 2 == 0 ? platform.GatewayA : platform.GatewayB, token: null, GatewayPlatform.NewClientIp());
            using var anonymous = await forwarded.GetAsync("/api/v1/dossiers", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
    }

    [Theory]
    [InlineData("proxy.example")]
    [InlineData("10.0.0.0/99")]
    public async Task A_trusted_proxy_that_is_no_address_stops_the_gateway_at_start(string entry)
    {
        await using var misconfigured = platform.NewGateway(entry);

        var error = await Assert.ThrowsAnyAsync<Exception>(misconfigured.StartedAsync);

        Assert.Contains(entry, error.ToString(), StringComparison.Ordinal);
    }

    private static void AssertTooMany(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }
}
