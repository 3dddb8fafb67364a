using Defis.SharedKernel.Errors;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Defis.ServiceDefaults.Errors;

/// <summary>The one place where exceptions become gRPC statuses (and, through transcoding, HTTP statuses).</summary>
public static class ErrorMapping
{
    /// <summary>The detail messages errors may carry; JSON transcoding needs them to write the HTTP body.</summary>
    public static readonly Google.Protobuf.Reflection.TypeRegistry DetailTypes =
        Google.Protobuf.Reflection.TypeRegistry.FromMessages(BadRequest.Descriptor, PreconditionFailure.Descriptor);

    /// <summary>
    /// The status for an expected failure, or null for a genuine server fault. Field paths are proto names
    /// ("provider_country") for gRPC callers and, with <paramref name="jsonNames"/>, JSON names ("providerCountry") for REST ones.
    /// </summary>
    public static RpcException? ToRpcException(Exception exception, bool jsonNames = false) => exception switch
    {
        RpcException rpc => rpc,
        RequestValidationException e => Status(Code.InvalidArgument, e.Message, new BadRequest
        {
            FieldViolations =
            {
                e.Violations.Select(v => new BadRequest.Types.FieldViolation
                {
                    Field = jsonNames ? JsonFieldNames.ToJsonPath(v.Field) : v.Field,
                    Description = v.Description,
                }),
            },
        }),
        PreconditionFailedException e => Status(Code.FailedPrecondition, e.Message, new PreconditionFailure
        {
            Violations = { e.Violations.Select(v => new PreconditionFailure.Types.Violation { Type = v.Type, Subject = v.Subject, Description = v.Description }) },
        }),
        NotFoundException e => Status(Code.NotFound, e.Message),
        ConflictException { AlreadyExists: true } e => Status(Code.AlreadyExists, e.Message),
        ConflictException e => Status(Code.Aborted, e.Message),
        PermissionDeniedException e => Status(Code.PermissionDenied, e.Message),
        UnauthenticatedException e => Status(Code.Unauthenticated, e.Message),
        OperationCanceledException => Status(Code.Cancelled, "Requête annulée."),
        _ when DependencyOutage.DependencyOf(exception) is not null => Status(Code.Unavailable, DependencyOutage.Message),
        _ => null,
    };

    private static RpcException Status(Code code, string message, Google.Protobuf.IMessage? detail = null)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        if (detail is not null)
        {
            status.Details.Add(Any.Pack(detail));
        }
        return status.ToRpcException();
    }
}
