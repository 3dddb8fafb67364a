using Defis.Accompaniment.Domain.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Accompaniment.Persistence;

internal sealed class SessionRowConfiguration : IEntityTypeConfiguration<SessionRow>
{
    public void Configure(EntityTypeBuilder<SessionRow> builder)
    {
        builder.ToTable("sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Title).HasMaxLength(SessionDraft.TitleMaxLength);
        builder.Property(s => s.Description).HasMaxLength(SessionDraft.DescriptionMaxLength);
        builder.Property(s => s.Location).HasMaxLength(SessionDraft.LocationMaxLength);
        builder.Property(s => s.Url).HasMaxLength(2_000);
        builder.HasIndex(s => new { s.ProgrammeId, s.StartsAt });
        builder.HasIndex(s => s.SeriesId);
        builder.HasMany(s => s.Registrations).WithOne().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RegistrationRowConfiguration : IEntityTypeConfiguration<RegistrationRow>
{
    public void Configure(EntityTypeBuilder<RegistrationRow> builder)
    {
        builder.ToTable("session_registrations");
        builder.HasKey(r => new { r.SessionId, r.Arrival });
        builder.Property(r => r.UserId).HasMaxLength(200);
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        // Backstop of the session lock: one active registration per person and session.
        builder.HasIndex(r => new { r.SessionId, r.UserId }).IsUnique().HasFilter("status <> 'Cancelled'");
        builder.HasIndex(r => r.UserId);
    }
}
