using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.ServiceInfrastructure.Audit;

/// <summary>
/// The head of the audit chain at the end of a day (Europe/Paris), recorded once and announced outside the database
/// (<see cref="Defis.Contracts.Events.AuditTrailDigestRecorded"/>): a rewrite of the chain up to that position, even
/// one that recomputed every hash, no longer matches what was announced.
/// </summary>
public sealed class AuditTrailDigest
{
    private AuditTrailDigest()
    {
    }

    public DateOnly Day { get; private set; }

    public long Position { get; private set; }

    public string Hash { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    internal static AuditTrailDigest Of(DateOnly day, long position, string hash, DateTimeOffset recordedAt) =>
        new() { Day = day, Position = position, Hash = hash, RecordedAt = recordedAt };
}

internal sealed class AuditTrailDigestConfiguration : IEntityTypeConfiguration<AuditTrailDigest>
{
    public void Configure(EntityTypeBuilder<AuditTrailDigest> builder)
    {
        builder.ToTable("audit_trail_digests");
        builder.HasKey(d => d.Day);
        builder.Property(d => d.Hash).HasMaxLength(64);
    }
}
