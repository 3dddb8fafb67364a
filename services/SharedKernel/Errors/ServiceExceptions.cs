namespace Defis.SharedKernel.Errors;

/// <summary>Base of the errors raised on purpose; ServiceDefaults' ErrorMapping turns each into a gRPC status.</summary>
public abstract class ServiceException(string message) : Exception(message);

/// <summary>The request is malformed: every bad field is named (INVALID_ARGUMENT, HTTP 400).</summary>
public sealed class RequestValidationException(IReadOnlyList<FieldViolation> violations)
    : ServiceException("La requête contient des champs invalides.")
{
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;
}

/// <summary>
/// The resource does not exist or the caller may not see it; both read the same, so that existence
/// leaks to no one (NOT_FOUND, HTTP 404).
/// </summary>
public sealed class NotFoundException(string resource, string id) : ServiceException($"{resource} '{id}' introuvable.");

/// <summary>The state changed under the caller, or the resource already exists (ABORTED / ALREADY_EXISTS, HTTP 409).</summary>
public sealed class ConflictException(string message, bool alreadyExists = false) : ServiceException(message)
{
    public bool AlreadyExists { get; } = alreadyExists;
}

/// <summary>
/// The request is well formed but the system is not in a state that allows it, e.g. a call already
/// closed (FAILED_PRECONDITION). Each violation says what and why.
/// </summary>
public sealed class PreconditionFailedException(IReadOnlyList<PreconditionViolation> violations)
    : ServiceException(string.Join(" ", violations.Select(v => v.Description)))
{
    public PreconditionFailedException(string type, string subject, string description)
        : this([new PreconditionViolation(type, subject, description)])
    {
    }

    public IReadOnlyList<PreconditionViolation> Violations { get; } = violations;
}

public sealed record PreconditionViolation(string Type, string Subject, string Description);

/// <summary>The caller is known but this action is not theirs to take (PERMISSION_DENIED, HTTP 403).</summary>
public sealed class PermissionDeniedException(string message) : ServiceException(message);

/// <summary>No valid identity came with the call (UNAUTHENTICATED, HTTP 401).</summary>
public sealed class UnauthenticatedException() : ServiceException("Authentification requise.");
