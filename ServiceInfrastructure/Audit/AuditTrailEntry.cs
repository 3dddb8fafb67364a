using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.ServiceInfrastructure.Audit;

/// <summary>
/// One line of a service's audit trail: who changed what, when, under which trace. It is written in the same save as
/// the change it records and sealed into the hash chain shortly after (<see cref="AuditSealer{TContext}"/>), which
/// gives it its <see cref="Position"/>. It names what changed, never the values: no secret, no file, no personal text.
/// </summary>
public sealed class AuditTrailEntry
{
    private AuditTrailEntry()
    {
    }

    /// <summary>Order of recording; the chain's order is <see cref="Position"/>, given at sealing.</summary>
    public long Id { get; private set; }

    /// <summary>Place in the chain, from 1 without gaps; null until sealed.</summary>
    public long? Position { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The person's subject id, or <see cref="AuditActor.System"/> for the service's own work.</summary>
    public string ActorId { get; private set; } = "";

    /// <summary>The person's roles, or what the service was doing (the event handled, the pass run).</summary>
    public string ActorRole { get; private set; } = "";

    /// <summary>created, modified or deleted.</summary>
    public string Action { get; private set; } = "";

    /// <summary>The kind of thing changed, in the domain's words (Dossier, Grant, Milestone…).</summary>
    public string TargetType { get; private set; } = "";

    public string TargetId { get; private set; } = "";

    public string? TraceId { get; private set; }

    /// <summary>What changed: the names of the changed fields, never their values.</summary>
    public string Summary { get; private set; } = "";

    public string? PreviousHash { get; private set; }

    public string? Hash { get; private set; }

    internal static AuditTrailEntry Record(DateTimeOffset occurredAt, AuditActor actor, string action, string targetType, string targetId,
        string? traceId, string summary) => new()
        {
            OccurredAt = occurredAt,
            ActorId = actor.Id,
            ActorRole = actor.Role,
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            TraceId = traceId,
            Summary = summary,
        };

    internal void Seal(long position, string previousHash)
    {
        Position = position;
        PreviousHash = previousHash;
        Hash = AuditChain.Hash(this, position, previousHash);
    }
}

internal sealed class AuditTrailEntryConfiguration : IEntityTypeConfiguration<AuditTrailEntry>
{
    public void Configure(EntityTypeBuilder<AuditTrailEntry> builder)
    {
        builder.ToTable("audit_trail");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.ActorId).HasMaxLength(200);
        builder.Property(e => e.ActorRole).HasMaxLength(300);
        builder.Property(e => e.Action).HasMaxLength(20);
        builder.Property(e => e.TargetType).HasMaxLength(200);
        builder.Property(e => e.TargetId).HasMaxLength(300);
        builder.Property(e => e.TraceId).HasMaxLength(32);
        builder.Property(e => e.Summary).HasMaxLength(4000);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => e.Position).IsUnique();
        builder.HasIndex(e => e.Id).HasFilter("position IS NULL").HasDatabaseName("ix_audit_trail_unsealed");
        builder.HasIndex(e => e.TargetId);
        builder.HasIndex(e => new { e.ActorId, e.OccurredAt });
        builder.HasIndex(e => e.OccurredAt);
    }
}
