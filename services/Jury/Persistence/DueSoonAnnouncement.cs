using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Jury.Persistence;

/// <summary>
/// The marker that DecisionDueSoon was announced for a dossier and due date, saved with the event's outbox
/// row: its key is what makes the announcement happen once across passes, restarts and instances.
/// </summary>
public sealed class DueSoonAnnouncement
{
    public Guid DossierId { get; set; }

    public DateOnly DueOn { get; set; }

    public DateTimeOffset AnnouncedAt { get; set; }
}

internal sealed class DueSoonAnnouncementConfiguration : IEntityTypeConfiguration<DueSoonAnnouncement>
{
    public void Configure(EntityTypeBuilder<DueSoonAnnouncement> builder)
    {
        builder.ToTable("due_soon_announcements");
        builder.HasKey(a => new { a.DossierId, a.DueOn });
    }
}
