using System.Net;
using System.Text;
using Defis.Client;
using Defis.Portal.Gateway;
using Refit;

namespace Defis.Portal.UnitTests;

/// <summary>
/// A read a page can do without (the laureate's grants on the dossier page): a service down is no answer, so the page
/// still shows; a refusal is not an outage and still reaches the error pages.
/// </summary>
public sealed class OptionalReadsTests
{
    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task A_service_that_is_down_gives_no_answer_instead_of_failing_the_page(HttpStatusCode status)
    {
        using var client = Client(new Answer(status));

        Assert.Null(await client.Funding.ListMyGrantsAsync("d-1", TestContext.Current.CancellationToken).OrNoneWhenDownAsync());
    }

    [Fact]
    public async Task A_gateway_that_cannot_be_reached_gives_no_answer_either()
    {
        using var client = Client(new Answer(HttpStatusCode.OK) { Unreachable = true });

        Assert.Null(await client.Funding.ListMyGrantsAsync("d-1", TestContext.Current.CancellationToken).OrNoneWhenDownAsync());
    }

    [Fact]
    public async Task The_person_leaving_is_not_an_outage()
    {
        using var client = Client(new Answer(HttpStatusCode.OK) { Hangs = true });
        using var leaving = new CancellationTokenSource();
        await leaving.CancelAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => client.Funding.ListMyGrantsAsync("d-1", leaving.Token).OrNoneWhenDownAsync());
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.BadRequest)]
    public async Task A_refusal_is_not_an_outage(HttpStatusCode status)
    {
        using var client = Client(new Answer(status));

        var refused = await Assert.ThrowsAsync<ApiException>(() => client.Funding.ListMyGrantsAsync("d-1", TestContext.Current.CancellationToken).OrNoneWhenDownAsync());

        Assert.Equal(status, refused.StatusCode);
    }

    [Fact]
    public async Task An_answer_is_read_as_it_comes_and_the_dossier_is_asked_for_by_its_id()
    {
        var gateway = new Answer(HttpStatusCode.OK) { Body = """{"grants":[{"id":"g-1","dossierId":"d-1","amountCents":"20000000"}]}""" };
        using var client = Client(gateway);

        var grants = await client.Funding.ListMyGrantsAsync("d-1", TestContext.Current.CancellationToken).OrNoneWhenDownAsync();

        Assert.Equal(("g-1", 20_000_000L), (Assert.Single(grants!.Grants).Id, grants.Grants[0].AmountCents));
        Assert.Equal("/api/v1/funding/me/grants?dossier_id=d-1", gateway.Asked);
    }

    private static DefisClient Client(Answer gateway) => new(new Uri("http://gateway.test"), _ => Task.FromResult("jeton"), gateway);

    /// <summary>Answers every request with one status (and body), fails to connect at all, or waits until the request is cancelled.</summary>
    private sealed class Answer(HttpStatusCode status) : HttpMessageHandler
    {
        public bool Unreachable { get; init; }

        public bool Hangs { get; init; }

        public string Body { get; init; } = "{}";

        public string? Asked { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Asked = request.RequestUri!.PathAndQuery;
            if (Unreachable)
            {
                throw new HttpRequestException("Connection refused");
            }
            if (Hangs)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            // Refit reads the request back from the response, as a real transport sets it.
            return new HttpResponseMessage(status) { RequestMessage = request, Content = new StringContent(Body, Encoding.UTF8, "application/json") };
        }
    }
}
