using Defis.Submission.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Submission.Persistence;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.ToTable("dossiers");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.ProgrammeCode).HasMaxLength(DossierLimits.ProgrammeCode);
        builder.Property(d => d.Title).HasMaxLength(DossierLimits.Title);
        builder.Property(d => d.LeadStructureName).HasMaxLength(DossierLimits.LeadStructureName);
        builder.Property(d => d.ContactEmail).HasMaxLength(DossierLimits.Email);
        builder.Property(d => d.CreatedBy).HasMaxLength(DossierLimits.UserId);
        builder.Property(d => d.LeadStructureType).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(d => new { d.CreatedBy, d.CreatedAt });
    }
}
