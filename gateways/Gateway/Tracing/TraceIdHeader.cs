using System.Diagnostics;

namespace Defis.Gateway.Tracing;

/// <summary>Every response says which trace it belongs to, so a user's report leads straight to the dashboard's trace.</summary>
public sealed class TraceIdHeader(RequestDelegate next)
{
    public const string Header = "X-Trace-Id";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
