namespace Defis.Jury.Domain;

/// <summary>
/// An aggregate that records its state changes as audit entries. The persistence layer saves
/// <see cref="PendingAudit"/> in the same transaction as the aggregate, then calls
/// <see cref="TakePendingAudit"/> (or simply discards the instance).
/// </summary>
public abstract class AuditedAggregate
{
    private readonly List<AuditEntry> _pendingAudit = [];

    public IReadOnlyList<AuditEntry> PendingAudit => _pendingAudit;

    public IReadOnlyList<AuditEntry> TakePendingAudit()
    {
        var taken = _pendingAudit.ToArray();
        _pendingAudit.Clear();
        return taken;
    }

    protected void Audit(DateTimeOffset at, string actor, AuditAction action, Guid aggregateId, string detail,
        Guid? dossierId = null, string? jurorUserId = null) =>
        _pendingAudit.Add(new AuditEntry(Guid.CreateVersion7(at), at, actor, action, aggregateId, dossierId, jurorUserId, detail));
}
