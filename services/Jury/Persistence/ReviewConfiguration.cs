using Defis.ServiceInfrastructure.Persistence;
using Defis.Jury.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Jury.Persistence;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.JurorUserId).HasMaxLength(JuryLimits.UserId);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Opinion).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Confidence).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.GeneralComment).HasMaxLength(JuryLimits.GeneralComment);
        builder.Ignore(r => r.Scores);
        builder.Ignore(r => r.LastSubmittedScores);
        builder.Ignore(r => r.Reopenings);
        builder.Ignore(r => r.IsSubmitted);
        builder.Ignore(r => r.PendingAudit);
        // Scores keep grid order: a JSON array keeps its order.
        builder.JsonList<Review, CriterionScore>("_scores", "scores");
        builder.JsonList<Review, CriterionScore>("_lastSubmittedScores", "last_submitted_scores");
        builder.JsonList<Review, ReviewReopening>("_reopenings", "reopenings");
        // One review per juror and dossier of a panel, even when two first saves race.
        builder.HasIndex(r => new { r.PanelId, r.DossierId, r.JurorUserId }).IsUnique();
        builder.HasXminConcurrency();
    }
}

internal sealed class PhaseDecisionConfiguration : IEntityTypeConfiguration<PhaseDecision>
{
    public void Configure(EntityTypeBuilder<PhaseDecision> builder)
    {
        builder.ToTable("phase_decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.ProgrammeCode).HasMaxLength(JuryLimits.ProgrammeCode);
        builder.Property(d => d.Phase).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Quota).HasJsonConversion();
        builder.Property(d => d.OpenedBy).HasMaxLength(JuryLimits.UserId);
        builder.Property(d => d.ReleasedBy).HasMaxLength(JuryLimits.UserId);
        builder.Property(d => d.CorrectionReason).HasMaxLength(JuryLimits.Reason);
        builder.Ignore(d => d.Candidates);
        builder.Ignore(d => d.Selections);
        builder.Ignore(d => d.Release);
        builder.Ignore(d => d.PendingAudit);
        builder.JsonList<PhaseDecision, DecisionCandidate>("_candidates", "candidates");
        builder.JsonList<PhaseDecision, StagedSelection>("_selections", "selections");
        builder.HasIndex(d => d.PanelId);
        // A released decision is corrected at most once, even when two corrections are opened at the same time.
        builder.HasIndex(d => d.CorrectsDecisionId).IsUnique().HasFilter("corrects_decision_id IS NOT NULL");
        // A double release cannot emit the outcomes twice: the second commit is refused.
        builder.HasXminConcurrency();
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Actor).HasMaxLength(JuryLimits.UserId);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.JurorUserId).HasMaxLength(JuryLimits.UserId);
        builder.HasIndex(e => new { e.AggregateId, e.At });
        builder.HasIndex(e => e.DossierId);
    }
}
