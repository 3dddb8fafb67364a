using System.Net;
using Defis.Portal.Gateway;
using Defis.Portal.Pages;
using Defis.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Polly.Timeout;
using Refit;

namespace Defis.Portal.UnitTests;

/// <summary>
/// How a page's failed call to the gateway becomes what the person sees: signed in again, the French 403 or 404 page,
/// or, when the platform does not answer, a 503 with Retry-After and the page asking to come back. A bug stays a bug.
/// </summary>
public sealed class GatewayRefusalsTests
{
    public static TheoryData<string> Outages => ["503", "502", "500", "unreachable", "timeout"];

    [Theory]
    [MemberData(nameof(Outages))]
    public async Task A_platform_that_does_not_answer_is_a_503_with_retry_after(string outage)
    {
        var executed = await AfterAsync(await OutageAsync(outage));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, Assert.IsType<StatusCodeResult>(executed.Result).StatusCode);
        Assert.True(executed.ExceptionHandled);
        Assert.Equal($"{DependencyOutage.RetryAfterSeconds}", executed.HttpContext.Response.Headers.RetryAfter.ToString());
    }

    [Fact]
    public async Task An_unknown_or_hidden_resource_is_the_404_page_without_retry_after()
    {
        var executed = await AfterAsync(await AnsweredAsync(HttpStatusCode.NotFound));

        Assert.IsType<NotFoundResult>(executed.Result);
        Assert.Equal(0, executed.HttpContext.Response.Headers.RetryAfter.Count);
    }

    [Fact]
    public async Task A_forbidden_resource_is_the_403_page()
    {
        var executed = await AfterAsync(await AnsweredAsync(HttpStatusCode.Forbidden));

        Assert.Equal(StatusCodes.Status403Forbidden, Assert.IsType<StatusCodeResult>(executed.Result).StatusCode);
    }

    [Fact]
    public async Task An_expired_session_signs_the_person_in_again()
    {
        var executed = await AfterAsync(await AnsweredAsync(HttpStatusCode.Unauthorized));

        Assert.IsType<ChallengeResult>(executed.Result);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Conflict)]
    public async Task Bad_input_is_left_to_the_form(HttpStatusCode status)
    {
        var executed = await AfterAsync(await AnsweredAsync(status));

        Assert.False(executed.ExceptionHandled);
    }

    [Fact]
    public async Task A_bug_in_the_portal_stays_an_error()
    {
        var executed = await AfterAsync(new InvalidOperationException("bug"));

        Assert.False(executed.ExceptionHandled);
        Assert.Null(executed.Result);
    }

    [Fact]
    public void The_503_page_asks_in_French_to_come_back_and_to_check_what_was_sent()
    {
        var page = new ErrorModel();

        page.OnGet(StatusCodes.Status503ServiceUnavailable);

        Assert.Equal("Service momentanément indisponible", page.Title);
        Assert.Contains("vérifiez qu'il a bien été pris en compte", page.Explanation);
    }

    private static async Task<Exception> OutageAsync(string outage) => outage switch
    {
        "unreachable" => new HttpRequestException("Connection refused"),
        "timeout" => new TimeoutRejectedException("The operation didn't complete within the allowed timeout of '00:00:30'."),
        _ => await AnsweredAsync((HttpStatusCode)int.Parse(outage, System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static async Task<Exception> AnsweredAsync(HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://gateway.test/api/v1/programmes");
        using var response = new HttpResponseMessage(status) { RequestMessage = request };
        return await ApiException.Create(request, HttpMethod.Get, response, new RefitSettings());
    }

    private static async Task<PageHandlerExecutedContext> AfterAsync(Exception thrown)
    {
        var page = new PageContext(new ActionContext(new DefaultHttpContext(), new RouteData(), new CompiledPageActionDescriptor()));
        var handler = new object();
        var executing = new PageHandlerExecutingContext(page, [], null, new Dictionary<string, object?>(), handler);
        var executed = new PageHandlerExecutedContext(page, [], null, handler) { Exception = thrown };
        await new GatewayRefusals().OnPageHandlerExecutionAsync(executing, () => Task.FromResult(executed));
        return executed;
    }
}
