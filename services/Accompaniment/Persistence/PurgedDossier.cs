using Defis.Contracts.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Accompaniment.Persistence;

/// <summary>
/// A dossier Submission purged (decision 0032), recorded whether or not Accompaniment knew the dossier yet: a DossierSubmitted
/// arriving after the purge (a late redelivery) reads it and keeps the dossier anonymous, and a late selection opens no plan.
/// </summary>
public sealed class PurgedDossier
{
    public Guid DossierId { get; set; }

    public DateTimeOffset PurgedAt { get; set; }

    public PurgeReason Reason { get; set; }
}

internal sealed class PurgedDossierConfiguration : IEntityTypeConfiguration<PurgedDossier>
{
    public void Configure(EntityTypeBuilder<PurgedDossier> builder)
    {
        builder.ToTable("purged_dossiers");
        builder.HasKey(p => p.DossierId);
        builder.Property(p => p.DossierId).ValueGeneratedNever();
        builder.Property(p => p.Reason).HasConversion<string>().HasMaxLength(20);
    }
}
