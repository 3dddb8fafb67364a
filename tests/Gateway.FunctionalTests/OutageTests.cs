using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Defis.ServiceDefaults.Security;
using Defis.Testing;

namespace Defis.Gateway.FunctionalTests;

/// <summary>
/// What the gateway answers when something behind it is gone (docs/decisions/0022-outage-statuses.md): 503 with
/// Retry-After and a French problem, never a 500 nor a 502, for an unreachable service and for a lost Redis.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class OutageTests(GatewayPlatform platform)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unreachable_service_is_a_503_with_retry_after()
    {
        await using var gateway = platform.NewGateway(IPAddress.Loopback, ["127.0.0.1"],
            new Dictionary<string, string?> { ["services:submission:http:0"] = $"http://127.0.0.1:{DeadPort()}" });
        using var client = GatewayPlatform.Client(gateway, TestTokens.For($"agent-{Guid.NewGuid():N}", Roles.Applicant));

        using var response = await client.GetAsync("/api/v1/dossiers", Cancellation);

        await AssertUnavailableAsync(response);
    }

    [Fact]
    public async Task Without_Redis_a_POST_with_an_Idempotency_Key_is_a_503_and_other_requests_still_pass()
    {
        await using var gateway = platform.NewGateway(IPAddress.Loopback, ["127.0.0.1"],
            new Dictionary<string, string?> { ["ConnectionStrings:cache"] = $"127.0.0.1:{DeadPort()},connectTimeout=300" });
        var token = TestTokens.For($"agent-{Guid.NewGuid():N}", Roles.Applicant);
        using var client = GatewayPlatform.Client(gateway, token);
        using var keyed = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/dossiers/{Guid.NewGuid()}/submit")
        {
            Content = new StringContent("""{"confirm":true}""", Encoding.UTF8, "application/json"),
        };
        keyed.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        using var refused = await client.SendAsync(keyed, Cancellation);
        using var plain = await client.GetAsync("/api/v1/dossiers", Cancellation);

        await AssertUnavailableAsync(refused);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
    }

    [Fact]
    public async Task An_unreachable_token_authority_is_a_503_not_a_401()
    {
        var token = await platform.DemoTokenAsync("demo-porteur-1");
        await using var gateway = platform.NewGateway(IPAddress.Loopback, ["127.0.0.1"],
            new Dictionary<string, string?> { ["Authentication:Schemes:Bearer:Authority"] = $"http://127.0.0.1:{DeadPort()}/" });
        using var client = GatewayPlatform.Client(gateway, token);
        using var anonymous = GatewayPlatform.Client(gateway, token: null);

        using var response = await client.GetAsync("/api/v1/dossiers", Cancellation);
        using var unsigned = await anonymous.GetAsync("/api/v1/dossiers", Cancellation);

        await AssertUnavailableAsync(response);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Contains("momentanément indisponible", problem.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A loopback port nothing listens on (taken then released by the test).</summary>
    private static int DeadPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
