namespace Defis.Jury.Domain;

/// <summary>
/// One line of the audit trail: who did what, when, to which aggregate (and, where it applies, which
/// dossier and which juror). <see cref="Detail"/> is in French: the programme team reads it.
/// </summary>
public sealed record AuditEntry(
    Guid Id,
    DateTimeOffset At,
    string Actor,
    AuditAction Action,
    Guid AggregateId,
    Guid? DossierId,
    string? JurorUserId,
    string Detail);
