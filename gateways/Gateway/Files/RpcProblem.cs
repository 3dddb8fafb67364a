using Defis.ServiceDefaults.Errors;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Defis.Gateway.Files;

/// <summary>
/// A refusal of Correspondence's streaming calls, answered to a REST caller as transcoding answers the other routes:
/// the HTTP status of the gRPC code and the google.rpc.Status as JSON, its field violations renamed to what the REST
/// caller sent (the multipart part "file" and its "filename", the path's "dossierId", the "Range" header).
/// </summary>
public static class RpcProblem
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithTypeRegistry(ErrorMapping.DetailTypes));

    public static Task WriteAsync(HttpContext context, RpcException exception, IReadOnlyDictionary<string, string> fieldNames)
    {
        var status = exception.GetRpcStatus() ?? new Google.Rpc.Status { Code = (int)exception.StatusCode, Message = exception.Status.Detail };
        foreach (var detail in status.Details.Where(d => d.Is(BadRequest.Descriptor)).ToList())
        {
            var badRequest = detail.Unpack<BadRequest>();
            foreach (var violation in badRequest.FieldViolations)
            {
                violation.Field = fieldNames.GetValueOrDefault(violation.Field, violation.Field);
            }
            status.Details[status.Details.IndexOf(detail)] = Any.Pack(badRequest);
        }
        return WriteAsync(context, HttpStatus(exception.StatusCode), status);
    }

    /// <summary>The gateway's own field error, in the same shape as the services' (INVALID_ARGUMENT, one violation).</summary>
    public static Task FieldAsync(HttpContext context, string field, string description)
    {
        var status = new Google.Rpc.Status { Code = (int)Code.InvalidArgument, Message = description };
        status.Details.Add(Any.Pack(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = field, Description = description } } }));
        return WriteAsync(context, StatusCodes.Status400BadRequest, status);
    }

    /// <summary>The HTTP status JSON transcoding gives each gRPC code (google/rpc/code.proto's mapping).</summary>
    public static int HttpStatus(StatusCode code) => code switch
    {
        StatusCode.OK => StatusCodes.Status200OK,
        StatusCode.Cancelled => 499,
        StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.OutOfRange => StatusCodes.Status400BadRequest,
        StatusCode.DeadlineExceeded => StatusCodes.Status504GatewayTimeout,
        StatusCode.NotFound => StatusCodes.Status404NotFound,
        StatusCode.AlreadyExists or StatusCode.Aborted => StatusCodes.Status409Conflict,
        StatusCode.PermissionDenied => StatusCodes.Status403Forbidden,
        StatusCode.Unauthenticated => StatusCodes.Status401Unauthorized,
        StatusCode.ResourceExhausted => StatusCodes.Status429TooManyRequests,
        StatusCode.Unimplemented => StatusCodes.Status501NotImplemented,
        StatusCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static async Task WriteAsync(HttpContext context, int httpStatus, Google.Rpc.Status status)
    {
        context.Response.StatusCode = httpStatus;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(Formatter.Format(status), context.RequestAborted);
    }
}
