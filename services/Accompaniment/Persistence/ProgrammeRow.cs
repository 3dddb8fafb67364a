using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Accompaniment.Persistence;

/// <summary>A published call as ProgrammePublished told it: what a new plan needs (its phases' dates).</summary>
public sealed class ProgrammeRow
{
    public Guid Id { get; set; }

    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    public List<ProgrammePhaseRow> Phases { get; set; } = [];

    public DateOnly? StartOf(Phase phase) => Phases.FirstOrDefault(p => p.Phase == phase)?.StartsOn;
}

public sealed class ProgrammePhaseRow
{
    public Phase Phase { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }
}

internal sealed class ProgrammeRowConfiguration : IEntityTypeConfiguration<ProgrammeRow>
{
    public void Configure(EntityTypeBuilder<ProgrammeRow> builder)
    {
        builder.ToTable("programmes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(16);
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.OwnsMany(p => p.Phases, phase =>
        {
            phase.ToJson();
            phase.Property(p => p.Phase).HasConversion<string>();
        });
    }
}
