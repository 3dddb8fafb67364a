using System.Net;
using Defis.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.ServiceDefaults.UnitTests;

/// <summary>
/// Every HTTP client a host gets from ServiceDefaults tries a read again after a passing failure, and sends a write once,
/// whatever its answer: the first may have been done (decision 0035).
/// </summary>
public sealed class HttpResilienceTests
{
    [Fact]
    public async Task A_read_that_met_a_passing_failure_is_tried_again()
    {
        var service = new FailsOnce();
        using var client = Client(service);

        using var response = await client.GetAsync("/api/v1/programmes", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, service.Calls);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task A_write_is_sent_once_whatever_its_answer(string method)
    {
        var service = new FailsOnce();
        using var client = Client(service);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/v1/dossiers"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, service.Calls);
    }

    private static HttpClient Client(FailsOnce service)
    {
        var builder = WebApplication.CreateEmptyBuilder(new());
        builder.AddServiceDefaults();
        builder.Services.AddHttpClient("service").ConfigurePrimaryHttpMessageHandler(() => service);
        var provider = builder.Services.BuildServiceProvider();
        return new HttpClient(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler("service"))
        {
            BaseAddress = new Uri("http://service.test"),
        };
    }

    /// <summary>A service that answers 503 to the first request, then 200.</summary>
    private sealed class FailsOnce : HttpMessageHandler
    {
        private int _calls;

        public int Calls => _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(Interlocked.Increment(ref _calls) == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));
    }
}
