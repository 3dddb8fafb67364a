using System.Net;
using Defis.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Refit;

namespace Defis.Portal.Gateway;

/// <summary>
/// What the gateway refuses, as pages say it: an expired or missing token signs the person in again, a forbidden or
/// unknown resource shows the French error page. A platform that does not answer (the gateway's 503, a 5xx, no answer,
/// a timeout) is a 503 with the platform's Retry-After (decision 0022) and the French page asking to come back, never an
/// unhandled error. Bad input is not handled here: the form pages show it by field.
/// </summary>
public sealed class GatewayRefusals : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.ExceptionHandled || executed.Exception is null)
        {
            return;
        }
        IActionResult? result = executed.Exception switch
        {
            UnauthorizedAccessException or ApiException { StatusCode: HttpStatusCode.Unauthorized } => new ChallengeResult(),
            ApiException { StatusCode: HttpStatusCode.Forbidden } => new StatusCodeResult(StatusCodes.Status403Forbidden),
            ApiException { StatusCode: HttpStatusCode.NotFound } => new NotFoundResult(),
            var e when OptionalReads.IsOutage(e) => Unavailable(executed.HttpContext.Response),
            _ => null,
        };
        if (result is not null)
        {
            executed.Result = result;
            executed.ExceptionHandled = true;
        }
    }

    private static StatusCodeResult Unavailable(HttpResponse response)
    {
        response.Headers.RetryAfter = $"{DependencyOutage.RetryAfterSeconds}";
        return new StatusCodeResult(StatusCodes.Status503ServiceUnavailable);
    }
}
