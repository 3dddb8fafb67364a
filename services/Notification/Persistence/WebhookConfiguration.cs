using Defis.Notification.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Notification.Persistence;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("webhook_subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.OwnerId).HasMaxLength(200);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.Secret).HasMaxLength(200);
        builder.Property(s => s.EventTypes).HasColumnType("text[]");
        // Failure counting by the dispatcher and edits by the owner must not overwrite each other.
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasIndex(s => s.OwnerId);
    }
}

internal sealed class WebhookAttemptConfiguration : IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookAttempt> builder)
    {
        builder.ToTable("webhook_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Error).HasMaxLength(1000);
        builder.HasIndex(a => new { a.SubscriptionId, a.At });
        builder.HasIndex(a => a.DeliveryId);
    }
}
