using Defis.ServiceInfrastructure.Persistence;
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
        builder.Property(d => d.LeadStructureSiret).HasMaxLength(14);
        builder.Property(d => d.ContactEmail).HasMaxLength(DossierLimits.Email);
        builder.Property(d => d.Theme).HasMaxLength(DossierLimits.Theme).HasDefaultValue("");
        builder.Property(d => d.CreatedBy).HasMaxLength(DossierLimits.UserId);
        builder.Property(d => d.LeadStructureType).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.SelectedPhase).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Reference).HasMaxLength(DossierLimits.Reference);
        builder.Property(d => d.PurgeReason).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Details).HasJsonConversion();
        builder.Property(d => d.Correction).HasJsonConversion();
        builder.Property(d => d.History).HasJsonConversion();
        builder.Property(d => d.TerritoryKeys);
        builder.Property(d => d.CoEditorEmails);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.Content);
        builder.Ignore(d => d.NeedsReference);
        builder.Ignore(d => d.IsPurged);
        builder.Ignore(d => d.KeptBecause);
        // Rows written before the full dossier existed read as empty drafts.
        builder.Property(d => d.UpdatedAt).HasDefaultValueSql("now()");
        builder.HasIndex(d => new { d.CreatedBy, d.CreatedAt });
        builder.HasIndex(d => new { d.ProgrammeCode, d.Reference }).IsUnique();
        builder.HasIndex(d => new { d.ProgrammeCode, d.Status, d.Id });
        builder.HasIndex(d => d.CoEditorEmails).HasMethod("gin");
        builder.HasIndex(d => d.TerritoryKeys).HasMethod("gin");
    }
}
