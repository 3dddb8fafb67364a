using Defis.ServiceInfrastructure.Persistence;
using Defis.Jury.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Jury.Persistence;

internal sealed class PanelAssignmentsConfiguration : IEntityTypeConfiguration<PanelAssignments>
{
    public void Configure(EntityTypeBuilder<PanelAssignments> builder)
    {
        builder.ToTable("assignment_books");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasIndex(b => b.PanelId).IsUnique();
        builder.Property(b => b.ProgrammeCode).HasMaxLength(JuryLimits.ProgrammeCode);
        builder.Property(b => b.Phase).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Policy).HasJsonConversion();
        // Every change bumps the revision; with the row lock taken before planning, a stale book never commits.
        builder.Property(b => b.Revision).IsConcurrencyToken();
        builder.Ignore(b => b.Active);
        builder.Ignore(b => b.PendingAudit);
        builder.HasMany(b => b.Assignments).WithOne().HasForeignKey("BookId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Assignments).AutoInclude();
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToTable("assignments");
        builder.HasKey(a => a.Id);
        // Set by the domain: an assignment found in the book's list is new, never an existing row.
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.DossierReference).HasMaxLength(40);
        builder.Property(a => a.JurorUserId).HasMaxLength(JuryLimits.UserId);
        builder.Property(a => a.AssignedBy).HasMaxLength(JuryLimits.UserId);
        builder.Property(a => a.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.WithdrawalReason).HasMaxLength(JuryLimits.Reason + 2000);
        builder.Ignore(a => a.IsActive);
        builder.Property<Guid>("BookId");
        // The database, not only the book, refuses a juror twice on one dossier.
        builder.HasIndex("BookId", nameof(Assignment.DossierId), nameof(Assignment.JurorUserId)).IsUnique().HasFilter("withdrawn_at IS NULL");
        builder.HasIndex(a => a.JurorUserId).HasFilter("withdrawn_at IS NULL");
    }
}
