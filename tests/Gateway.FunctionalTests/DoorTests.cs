using System.Net;
using System.Text;
using System.Text.Json;
using Defis.ServiceDefaults.Security;
using Defis.Testing;

namespace Defis.Gateway.FunctionalTests;

/// <summary>What every response of the door does: trace id header, size limit, CORS for the portals.</summary>
[Collection(GatewayCollection.Name)]
public sealed class DoorTests(GatewayPlatform platform)
{
    [Fact]
    public async Task The_response_names_the_trace_the_caller_started()
    {
        using var gateway = GatewayPlatform.Client(platform.GatewayA, TestTokens.For($"traced-{Guid.NewGuid():N}", Roles.Applicant));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/dossiers");
        request.Headers.Add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

        using var response = await gateway.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("0af7651916cd43dd8448eb211c80319c", Assert.Single(response.Headers.GetValues("X-Trace-Id")));
    }

    [Fact]
    public async Task An_oversized_body_is_refused_before_reaching_the_service()
    {
        using var gateway = GatewayPlatform.Client(platform.GatewayA, TestTokens.For($"verbose-{Guid.NewGuid():N}", Roles.Applicant));
        var path = $"/api/v1/dossiers/{Guid.NewGuid()}/submit";
        var body = new string('x', (int)GatewayPlatform.MaxRequestBodyBytes + 1);

        using var response = await gateway.PostAsync(path, new StringContent(body, Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, platform.Downstream.Hits("POST", path));
    }

    [Theory]
    [InlineData("/defis.correspondence.v1.Attachments/UploadAttachment", false)]
    [InlineData("/defis.correspondence.v1.Threads/PostMessage", true)]
    public async Task Only_the_file_upload_route_takes_bodies_above_the_ordinary_limit(string path, bool refused)
    {
        using var gateway = GatewayPlatform.Client(platform.GatewayA, TestTokens.For($"uploader-{Guid.NewGuid():N}", Roles.Applicant));
        using var content = new ByteArrayContent(new byte[2 * GatewayPlatform.MaxRequestBodyBytes]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/grpc");

        using var response = await gateway.PostAsync(path, content, TestContext.Current.CancellationToken);

        Assert.Equal(refused, response.StatusCode == HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData(GatewayPlatform.PortalOrigin, true)]
    [InlineData("https://ailleurs.example", false)]
    public async Task Only_configured_portals_may_call_from_a_browser(string origin, bool allowed)
    {
        using var gateway = GatewayPlatform.Client(platform.GatewayA, token: null);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/dossiers");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,idempotency-key");

        using var response = await gateway.SendAsync(preflight, TestContext.Current.CancellationToken);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) && origins.Single() == origin);
    }

    [Fact]
    public async Task The_rest_surface_is_described_from_the_contracts_with_a_reference_page()
    {
        using var gateway = GatewayPlatform.Client(platform.GatewayA, token: null);

        using var document = JsonDocument.Parse(await gateway.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        using var page = await gateway.GetAsync("/docs/", TestContext.Current.CancellationToken);

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/v1/programmes").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/dossiers").GetProperty("post").TryGetProperty("requestBody", out _));
        Assert.True(paths.GetProperty("/api/v1/funding/grants/{grant_id}/commit").TryGetProperty("post", out _));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>Défis — API REST</title>", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
