using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Refit;

namespace Defis.Portal.Gateway;

/// <summary>
/// What the gateway refuses, as pages say it: an expired or missing token signs the person in again, a forbidden or
/// unknown resource shows the French error page. Bad input is not handled here: the form pages show it by field.
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
            _ => null,
        };
        if (result is not null)
        {
            executed.Result = result;
            executed.ExceptionHandled = true;
        }
    }
}
