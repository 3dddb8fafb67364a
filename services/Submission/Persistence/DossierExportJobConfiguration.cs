using Defis.Submission.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Submission.Persistence;

internal sealed class DossierExportJobConfiguration : IEntityTypeConfiguration<DossierExportJob>
{
    public void Configure(EntityTypeBuilder<DossierExportJob> builder)
    {
        builder.ToTable("dossier_export_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.ProgrammeCode).HasMaxLength(DossierLimits.ProgrammeCode);
        builder.Property(j => j.Format).HasConversion<string>().HasMaxLength(10);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.RequestedBy).HasMaxLength(DossierLimits.UserId);
        builder.Property(j => j.RequesterEmail).HasMaxLength(320);
        // The passes look for work by state: queued or running jobs, ready files by expiry.
        builder.HasIndex(j => new { j.State, j.ExpiresAt });
        builder.HasIndex(j => j.RequestedBy);
    }
}
