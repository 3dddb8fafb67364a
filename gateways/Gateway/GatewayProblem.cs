using Defis.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Defis.Gateway;

/// <summary>The gateway's own refusals, as RFC 9457 problem details with a French title, like the services' errors.</summary>
public static class GatewayProblem
{
    public static Task WriteAsync(HttpContext context, int status, string title)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title },
            options: null, contentType: "application/problem+json", context.RequestAborted);
    }

    /// <summary>Something behind the gateway is gone: 503, a delay to retry after, the services' own French message.</summary>
    public static Task UnavailableAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = $"{DependencyOutage.RetryAfterSeconds}";
        return WriteAsync(context, StatusCodes.Status503ServiceUnavailable, DependencyOutage.Message);
    }
}
