using Defis.Funding.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Funding.Persistence;

internal sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> builder)
    {
        builder.ToTable("grants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.ProgrammeId);
        builder.Property(g => g.DossierId);
        builder.Property(g => g.Phase).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Amount);
        builder.Property(g => g.SelfFinancing);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.CommittedBy).HasMaxLength(200);
        builder.ComplexProperty(g => g.Collectivity);
        builder.HasIndex(g => new { g.ProgrammeId, g.Id });
        // One live grant per dossier and phase, however often the jury's decision is delivered.
        builder.HasIndex(g => new { g.DossierId, g.Phase }).IsUnique().HasFilter("status <> 'Cancelled'");
        builder.OwnsMany(g => g.Tranches, tranche =>
        {
            tranche.ToTable("grant_tranches", table =>
                table.HasCheckConstraint("ck_grant_tranches_released_once", "(status = 'Released') = (released_at IS NOT NULL)"));
            tranche.WithOwner().HasForeignKey("GrantId");
            tranche.HasKey("GrantId", nameof(Tranche.Number));
            tranche.Property(t => t.Number).ValueGeneratedNever();
            tranche.Property(t => t.ShareBasisPoints);
            tranche.Property(t => t.Trigger).HasConversion<string>().HasMaxLength(20);
            tranche.Property(t => t.Milestone).HasMaxLength(TrancheTerm.MilestoneMaxLength);
            tranche.Property(t => t.Amount);
            tranche.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            tranche.Property(t => t.ReleasedAt);
        });
        builder.Navigation(g => g.Tranches).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
