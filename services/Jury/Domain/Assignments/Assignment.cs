namespace Defis.Jury.Domain;

public enum AssignmentOrigin
{
    /// <summary>Proposed by <see cref="ReviewerAssigner"/> and applied by staff.</summary>
    Planned = 1,

    /// <summary>Chosen by staff (manual assignment or reassignment).</summary>
    Manual = 2,
}

/// <summary>One juror asked to review one dossier. Withdrawn assignments stay, for the record.</summary>
public sealed class Assignment
{
    private Assignment()
    {
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    public string DossierReference { get; private set; } = "";

    public string JurorUserId { get; private set; } = "";

    public AssignmentOrigin Origin { get; private set; }

    public string AssignedBy { get; private set; } = "";

    public DateTimeOffset AssignedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public bool IsActive => WithdrawnAt is null;

    internal static Assignment Create(Guid dossierId, string reference, string jurorUserId, AssignmentOrigin origin, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        DossierId = dossierId,
        DossierReference = reference,
        JurorUserId = jurorUserId,
        Origin = origin,
        AssignedBy = by,
        AssignedAt = now,
    };

    internal void Withdraw(string reason, DateTimeOffset now)
    {
        WithdrawnAt = now;
        WithdrawalReason = reason;
    }
}
