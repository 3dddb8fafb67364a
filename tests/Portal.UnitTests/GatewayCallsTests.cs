using System.Net;
using Defis.Portal.Gateway;
using Defis.ServiceDefaults.Resilience;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Portal.UnitTests;

/// <summary>
/// The portal's own handler for its calls to the gateway (a longer attempt) keeps every client's rule: a read that met a
/// passing failure is tried again, a write never is, since the first may have been done.
/// </summary>
public sealed class GatewayCallsTests
{
    [Fact]
    public async Task A_read_that_met_a_passing_failure_is_tried_again()
    {
        var gateway = new FailsOnce();
        using var client = Client(gateway);

        using var response = await client.GetAsync("/api/v1/programmes", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, gateway.Calls);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task A_write_is_sent_once_whatever_its_answer(string method)
    {
        var gateway = new FailsOnce();
        using var client = Client(gateway);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/v1/jury/panels"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, gateway.Calls);
    }

    private static HttpClient Client(FailsOnce gateway)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        // As ServiceDefaults does for every client of every host.
        services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(HttpResilience.Standard));
        services.AddGatewayCalls();
        services.AddHttpClient(PlatformAccess.HandlerName).ConfigurePrimaryHttpMessageHandler(() => gateway);
        var provider = services.BuildServiceProvider();
        return new HttpClient(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(PlatformAccess.HandlerName))
        {
            BaseAddress = new Uri("http://gateway.test"),
        };
    }

    /// <summary>A gateway that answers 503 to the first request, then 200.</summary>
    private sealed class FailsOnce : HttpMessageHandler
    {
        private int _calls;

        public int Calls => _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(Interlocked.Increment(ref _calls) == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));
    }
}
