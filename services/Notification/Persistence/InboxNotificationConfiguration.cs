using Defis.Notification.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Notification.Persistence;

internal sealed class InboxNotificationConfiguration : IEntityTypeConfiguration<InboxNotification>
{
    public void Configure(EntityTypeBuilder<InboxNotification> builder)
    {
        builder.ToTable("inbox_notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.RecipientId).HasMaxLength(200);
        builder.Property(n => n.Category).HasMaxLength(50);
        builder.Property(n => n.Subject).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(4000);
        builder.HasIndex(n => new { n.SourceEventId, n.RecipientId }).IsUnique();
        builder.HasIndex(n => new { n.RecipientId, n.CreatedAt });
        builder.HasIndex(n => n.DossierId);
    }
}
