namespace Defis.Contracts.Events;

/// <summary>
/// A service recorded the head of its audit trail at the end of a day (Europe/Paris): the entry at
/// <paramref name="Position"/> has the SHA-256 <paramref name="Hash"/>. Announced outside the service's database so that
/// a later rewrite of its trail can be told from this record (docs/decisions/0028-audit-trail.md).
/// </summary>
public sealed record AuditTrailDigestRecorded(string Service, DateOnly Day, long Position, string Hash) : IntegrationEvent
{
    /// <summary>A service's trail is one aggregate: its digests go out in order.</summary>
    public override Guid AggregateId => Guid.Empty;
}
