using Defis.Notification.Domain.Preferences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Notification.Persistence;

internal sealed class PreferenceConfiguration : IEntityTypeConfiguration<Preference>
{
    public void Configure(EntityTypeBuilder<Preference> builder)
    {
        builder.ToTable("preferences");
        builder.HasKey(p => new { p.UserId, p.Category });
        builder.Property(p => p.UserId).HasMaxLength(200);
        builder.Property(p => p.Category).HasMaxLength(50);
        builder.Property(p => p.Mode).HasConversion<string>().HasMaxLength(20);
    }
}
