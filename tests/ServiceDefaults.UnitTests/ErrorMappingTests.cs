using Defis.ServiceDefaults.Errors;
using Defis.SharedKernel.Errors;
using Google.Rpc;
using Grpc.Core;

namespace Defis.ServiceDefaults.UnitTests;

public sealed class ErrorMappingTests
{
    public static TheoryData<Exception, StatusCode> Expected => new()
    {
        { new RequestValidationException([new FieldViolation("title", "Ce champ est obligatoire.")]), StatusCode.InvalidArgument },
        { new PreconditionFailedException("DEADLINE", "programme CB21", "L'appel est clos."), StatusCode.FailedPrecondition },
        { new NotFoundException("Dossier", "42"), StatusCode.NotFound },
        { new ConflictException("Déjà modifié."), StatusCode.Aborted },
        { new ConflictException("Existe déjà.", alreadyExists: true), StatusCode.AlreadyExists },
        { new PermissionDeniedException("Réservé au chef de file."), StatusCode.PermissionDenied },
        { new UnauthenticatedException(), StatusCode.Unauthenticated },
        { new OperationCanceledException(), StatusCode.Cancelled },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_expected_failure_has_its_status(Exception exception, StatusCode code)
    {
        Assert.Equal(code, ErrorMapping.ToRpcException(exception)!.StatusCode);
    }

    [Fact]
    public void A_genuine_fault_is_not_mapped_so_that_it_is_logged_as_internal()
    {
        Assert.Null(ErrorMapping.ToRpcException(new NullReferenceException()));
    }

    [Fact]
    public void Validation_carries_every_field_violation_as_bad_request_details()
    {
        var exception = new RequestValidationException([new FieldViolation("title", "a"), new FieldViolation("budget.lines[2].amount_cents", "b")]);

        var details = ErrorMapping.ToRpcException(exception)!.GetRpcStatus()!.GetDetail<BadRequest>();

        Assert.Equal(["title", "budget.lines[2].amount_cents"], details.FieldViolations.Select(v => v.Field));
        Assert.Equal(["a", "b"], details.FieldViolations.Select(v => v.Description));
    }

    [Fact]
    public void A_precondition_names_its_subject()
    {
        var exception = new PreconditionFailedException("DEADLINE", "programme CB21", "L'appel a fermé le 15 octobre 2021 à 12:00.");

        var violation = Assert.Single(ErrorMapping.ToRpcException(exception)!.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations);

        Assert.Equal(("DEADLINE", "programme CB21"), (violation.Type, violation.Subject));
    }
}
