using Defis.Jury.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Jury.Persistence;

/// <summary>
/// What the Jury remembers of a published call (from ProgrammePublished): its id, which the release
/// events carry, and the decision delay that makes it a rolling call.
/// </summary>
public sealed class JuryProgramme
{
    public Guid Id { get; set; }

    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>Set for a rolling call: a decision is due this many days after filing (21 in 2021).</summary>
    public int? DecisionDueDays { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public bool IsRolling => DecisionDueDays is > 0;
}

internal sealed class JuryProgrammeConfiguration : IEntityTypeConfiguration<JuryProgramme>
{
    public void Configure(EntityTypeBuilder<JuryProgramme> builder)
    {
        builder.ToTable("programmes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(JuryLimits.ProgrammeCode);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(500);
        builder.Ignore(p => p.IsRolling);
    }
}
