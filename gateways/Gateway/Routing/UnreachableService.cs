using Yarp.ReverseProxy.Forwarder;

namespace Defis.Gateway.Routing;

/// <summary>
/// A service that cannot be reached (stopped, restarting, refusing connections) is an outage, not a bad gateway:
/// the client gets 503 with Retry-After and a French problem, as the services answer when their database is down
/// (docs/decisions/0022-outage-statuses.md). A gRPC caller gets UNAVAILABLE from YARP's own mapping.
/// </summary>
internal static class UnreachableService
{
    public static async Task AnswerAsync(HttpContext context, Func<Task> next)
    {
        await next();
        if (context.GetForwarderErrorFeature() is not { Error: not ForwarderError.None } failure || context.Response.HasStarted
            || failure.Error is ForwarderError.RequestCanceled or ForwarderError.RequestBodyClient or ForwarderError.ResponseBodyClient
            || context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true)
        {
            return;
        }
        await GatewayProblem.UnavailableAsync(context);
    }
}
