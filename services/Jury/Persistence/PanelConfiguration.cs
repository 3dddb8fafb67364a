using Defis.ServiceInfrastructure.Persistence;
using Defis.Jury.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Jury.Persistence;

internal sealed class PanelConfiguration : IEntityTypeConfiguration<Panel>
{
    public void Configure(EntityTypeBuilder<Panel> builder)
    {
        builder.ToTable("panels");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.ProgrammeCode).HasMaxLength(JuryLimits.ProgrammeCode);
        builder.Property(p => p.Phase).HasConversion<string>().HasMaxLength(20);
        // One jury per programme and phase: rankings and decisions are per programme and phase.
        builder.HasIndex(p => new { p.ProgrammeCode, p.Phase }).IsUnique();
        builder.Ignore(p => p.Members);
        builder.Ignore(p => p.President);
        builder.Ignore(p => p.PendingAudit);
        builder.JsonList<Panel, PanelMember>("_members", "members");
        builder.HasXminConcurrency();
    }
}

internal sealed class EvaluationGridConfiguration : IEntityTypeConfiguration<EvaluationGrid>
{
    public void Configure(EntityTypeBuilder<EvaluationGrid> builder)
    {
        builder.ToTable("evaluation_grids");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.ProgrammeCode).HasMaxLength(JuryLimits.ProgrammeCode);
        builder.Property(g => g.Phase).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(g => new { g.ProgrammeCode, g.Phase, g.Version }).IsUnique();
        builder.Ignore(g => g.Criteria);
        builder.Ignore(g => g.Scoring);
        builder.Ignore(g => g.IsFrozen);
        builder.Ignore(g => g.PendingAudit);
        builder.JsonList<EvaluationGrid, Criterion>("_criteria", "criteria");
        // A criteria change racing the first submission (which freezes the version) loses: ABORTED.
        builder.HasXminConcurrency();
    }
}

internal sealed class ConflictRegisterConfiguration : IEntityTypeConfiguration<ConflictRegister>
{
    public void Configure(EntityTypeBuilder<ConflictRegister> builder)
    {
        builder.ToTable("conflict_registers");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.ProgrammeCode).HasMaxLength(JuryLimits.ProgrammeCode);
        builder.HasIndex(r => r.ProgrammeCode).IsUnique();
        builder.Ignore(r => r.Declarations);
        builder.Ignore(r => r.Overrides);
        builder.Ignore(r => r.PendingAudit);
        builder.JsonList<ConflictRegister, ConflictDeclaration>("_declarations", "declarations");
        builder.JsonList<ConflictRegister, ConflictOverride>("_overrides", "overrides");
        builder.HasXminConcurrency();
    }
}
