using Defis.ServiceDefaults.Errors;
using StackExchange.Redis;

namespace Defis.Gateway.Limits;

/// <summary>
/// Redis failing under the gateway's own features (idempotency keys, cached lists) answers 503 with Retry-After and a
/// French problem, never 500: the client's retry is safe, since a POST whose key could not be claimed did not run.
/// </summary>
internal sealed partial class OutageAnswer(RequestDelegate next, ILogger<OutageAnswer> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && DependencyOf(exception) is { } dependency)
        {
            LogOutage(logger, context.Request.Path, dependency, exception.GetBaseException().Message);
            context.Response.Clear();
            await GatewayProblem.UnavailableAsync(context);
        }
    }

    /// <summary>Redis is the gateway's own dependency: the shared rule knows databases and the network, not it.</summary>
    private static string? DependencyOf(Exception exception) =>
        exception is RedisConnectionException || exception.InnerException is RedisConnectionException
            ? "cache"
            : DependencyOutage.DependencyOf(exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} answered 503: the {Dependency} does not answer ({Reason})")]
    private static partial void LogOutage(ILogger logger, string path, string dependency, string reason);
}
