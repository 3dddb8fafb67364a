using Defis.SharedKernel.Errors;

namespace Defis.Accompaniment.Domain.Sessions;

/// <summary>
/// Who registers: a signed-in user and the address to write to. Candidates register before filing
/// anything, so there is no dossier here.
/// </summary>
public sealed record Registrant(string UserId, string Email)
{
    public static Registrant Create(string? userId, string? email)
    {
        new FieldViolations()
            .RequiredText("registrant.user_id", userId, 200)
            .Email("registrant.email", email?.Trim())
            .ThrowIfAny();
        return new(userId!.Trim(), email!.Trim());
    }

    /// <summary>The same person: same account, or same address (addresses compare without regard to case).</summary>
    public bool SamePersonAs(Registrant other) =>
        string.Equals(UserId, other.UserId, StringComparison.Ordinal) || string.Equals(Email, other.Email, StringComparison.OrdinalIgnoreCase);
}

public enum RegistrationStatus
{
    Confirmed = 1,
    Waitlisted = 2,
    Cancelled = 3,
}

/// <summary>One registration, kept after cancellation for the record. <see cref="Arrival"/> orders the waiting list.</summary>
public sealed class Registration(Registrant registrant, long arrival, DateTimeOffset registeredAt, RegistrationStatus status)
{
    public Registrant Registrant { get; } = registrant;

    public long Arrival { get; } = arrival;

    public DateTimeOffset RegisteredAt { get; } = registeredAt;

    public RegistrationStatus Status { get; internal set; } = status;

    public DateTimeOffset? PromotedAt { get; internal set; }

    public DateTimeOffset? CancelledAt { get; internal set; }

    /// <summary>Null until the organiser takes attendance.</summary>
    public bool? Attended { get; internal set; }

    public bool IsActive => Status != RegistrationStatus.Cancelled;
}
