using Defis.Notification.Domain.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Notification.Persistence;

internal sealed class OutboundDeliveryConfiguration : IEntityTypeConfiguration<OutboundDelivery>
{
    public void Configure(EntityTypeBuilder<OutboundDelivery> builder)
    {
        builder.ToTable("deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.EventType).HasMaxLength(100);
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Recipient).HasMaxLength(320);
        builder.Property(d => d.RecipientUserId).HasMaxLength(200);
        builder.Property(d => d.Category).HasMaxLength(50);
        builder.Property(d => d.Subject).HasMaxLength(300);
        builder.Property(d => d.LastError).HasMaxLength(1000);
        builder.Property(d => d.AttachmentName).HasMaxLength(200);
        // Exactly once: one delivery per (event, channel, recipient), however the event is redelivered.
        builder.HasIndex(d => new { d.SourceEventId, d.Channel, d.Recipient }).IsUnique();
        // The dispatchers' queue: due rows of one channel.
        builder.HasIndex(d => new { d.Channel, d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.SubscriptionId, d.CreatedAt });
        builder.HasIndex(d => new { d.RecipientUserId, d.CreatedAt });
        // A purge finds the dossier's emails and webhook calls (decision 0032).
        builder.HasIndex(d => d.DossierId);
    }
}
