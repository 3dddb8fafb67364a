using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Accompaniment.Persistence;

/// <summary>
/// The coaches of a programme team, as staff set them. Opening a plan locks this row while it counts the
/// coaches' loads and saves the plan, so that concurrent selections are balanced strictly.
/// </summary>
public sealed class CoachPool
{
    public const int MaxCoaches = 200;
    public const int CoachIdMaxLength = 200;

    public Guid ProgrammeId { get; set; }

    public List<string> CoachIds { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}

internal sealed class CoachPoolConfiguration : IEntityTypeConfiguration<CoachPool>
{
    public void Configure(EntityTypeBuilder<CoachPool> builder)
    {
        builder.ToTable("coach_pools");
        builder.HasKey(p => p.ProgrammeId);
        builder.Property(p => p.ProgrammeId).ValueGeneratedNever();
        builder.Property(p => p.UpdatedBy).HasMaxLength(CoachPool.CoachIdMaxLength);
    }
}
