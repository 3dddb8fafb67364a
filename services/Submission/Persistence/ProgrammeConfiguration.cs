using Defis.ServiceInfrastructure.Persistence;
using Defis.Submission.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Submission.Persistence;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("programmes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).HasMaxLength(DossierLimits.ProgrammeCode);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Terms).HasJsonConversion();
        builder.Property(p => p.CreatedBy).HasMaxLength(DossierLimits.UserId);
        builder.HasIndex(p => new { p.Status, p.ClosesAt });
    }
}
