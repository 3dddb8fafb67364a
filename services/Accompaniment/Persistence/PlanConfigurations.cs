using Defis.Accompaniment.Domain.CheckIns;
using Defis.Accompaniment.Domain.Milestones;
using Defis.Accompaniment.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Accompaniment.Persistence;

internal sealed class PlanRowConfiguration : IEntityTypeConfiguration<PlanRow>
{
    public void Configure(EntityTypeBuilder<PlanRow> builder)
    {
        builder.ToTable("support_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Phase).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ProjectTitle).HasMaxLength(300);
        builder.Property(p => p.Theme).HasMaxLength(200);
        builder.Property(p => p.ClosureReason).HasMaxLength(SupportPlan.ClosureReasonMaxLength);
        builder.Ignore(p => p.Laureate);
        // A redelivered or replayed selection must never open a second plan.
        builder.HasIndex(p => new { p.DossierId, p.Phase }).IsUnique();
        builder.HasIndex(p => p.ProgrammeId);
        builder.HasIndex(p => p.CoachIds).HasMethod("gin");
        builder.HasIndex(p => p.MemberIds).HasMethod("gin");
        builder.HasMany(p => p.Milestones).WithOne().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MilestoneRowConfiguration : IEntityTypeConfiguration<MilestoneRow>
{
    public void Configure(EntityTypeBuilder<MilestoneRow> builder)
    {
        builder.ToTable("milestones");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Title).HasMaxLength(Milestone.TitleMaxLength);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.EvidenceText).HasMaxLength(Evidence.TextMaxLength);
        builder.Property(m => m.EvidenceLink).HasMaxLength(Evidence.LinkMaxLength);
        builder.Property(m => m.ValidatedBy).HasMaxLength(200);
        builder.Property(m => m.Note).HasMaxLength(Milestone.ReasonMaxLength);
        // The follow-up scans open milestones by due date.
        builder.HasIndex(m => new { m.Status, m.Due });
    }
}

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.ToTable("check_ins");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.AuthorId).HasMaxLength(200);
        builder.Property(c => c.Progress).HasMaxLength(CheckIn.TextMaxLength);
        builder.Property(c => c.Risks).HasMaxLength(CheckIn.TextMaxLength);
        builder.Property(c => c.HelpNeeded).HasMaxLength(CheckIn.TextMaxLength);
        builder.Ignore(c => c.ReportsRisks);
        builder.Ignore(c => c.AsksForHelp);
        builder.HasOne<PlanRow>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.PlanId, c.SubmittedAt });
    }
}
