using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Submission.Persistence;

/// <summary>
/// A juror the Jury service assigned to a dossier, as its ReviewerAssigned/ReviewerUnassigned events say. The
/// juror may read the dossier while the assignment is active; Jury never assigns a conflicted juror and ends the
/// assignment when a conflict appears, so this is the whole check, enforced here rather than trusted to a caller.
/// </summary>
public sealed class DossierReader
{
    public Guid AssignmentId { get; init; }

    public Guid DossierId { get; init; }

    public string JurorUserId { get; init; } = "";

    public DateTimeOffset? EndedAt { get; init; }
}

internal sealed class DossierReaderConfiguration : IEntityTypeConfiguration<DossierReader>
{
    public void Configure(EntityTypeBuilder<DossierReader> builder)
    {
        builder.ToTable("dossier_readers");
        builder.HasKey(r => r.AssignmentId);
        builder.Property(r => r.JurorUserId).HasMaxLength(200);
        builder.HasIndex(r => new { r.DossierId, r.JurorUserId });
    }
}
