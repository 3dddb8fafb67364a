using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace Defis.ServiceDefaults.Errors;

/// <summary>Maps exceptions of every unary and streaming call through <see cref="ErrorMapping"/>; logs only genuine faults.</summary>
public sealed partial class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Map(e, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Map(e, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Map(e, context);
        }
    }

    private RpcException Map(Exception exception, ServerCallContext context)
    {
        if (DependencyOutage.DependencyOf(exception) is { } dependency)
        {
            LogOutage(logger, context.Method, dependency, exception.GetBaseException().Message);
            AskToRetryLater(context);
        }
        if (ErrorMapping.ToRpcException(exception, jsonNames: IsRest(context)) is { } mapped)
        {
            return mapped;
        }
        LogFault(logger, exception, context.Method);
        return new RpcException(new Status(StatusCode.Internal, "Erreur interne ; elle a été journalisée."));
    }

    /// <summary>A call that came as REST/JSON through transcoding rather than as gRPC.</summary>
    private static bool IsRest(ServerCallContext context) =>
        context.GetHttpContext() is { } http && http.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) != true;

    /// <summary>Retry-After for REST clients (through transcoding), the gRPC pushback trailer for gRPC clients.</summary>
    private static void AskToRetryLater(ServerCallContext context)
    {
        context.ResponseTrailers.Add("grpc-retry-pushback-ms", $"{DependencyOutage.RetryAfterSeconds * 1000}");
        if (context.GetHttpContext() is { Response.HasStarted: false } http)
        {
            http.Response.Headers.RetryAfter = $"{DependencyOutage.RetryAfterSeconds}";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} answered UNAVAILABLE: the {Dependency} does not answer ({Reason})")]
    private static partial void LogOutage(ILogger logger, string method, string dependency, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled fault in {Method}")]
    private static partial void LogFault(ILogger logger, Exception exception, string method);
}
