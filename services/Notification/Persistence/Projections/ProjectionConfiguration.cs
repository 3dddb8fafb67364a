using Microsoft.EntityFrameworkCore;

namespace Defis.Notification.Persistence.Projections;

internal static class ProjectionConfiguration
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<DossierContact>(e =>
        {
            e.ToTable("dossier_contacts");
            e.HasKey(d => d.DossierId);
            e.Property(d => d.ProgrammeCode).HasMaxLength(20);
            e.Property(d => d.Reference).HasMaxLength(30);
            e.Property(d => d.Title).HasMaxLength(300);
            e.Property(d => d.LeadStructureName).HasMaxLength(500);
            e.Property(d => d.LeadUserId).HasMaxLength(200);
            e.Property(d => d.ContactEmail).HasMaxLength(320);
            e.Property(d => d.CoEditorEmails).HasColumnType("text[]").HasDefaultValueSql("'{}'");
        });
        model.Entity<ProgrammeTitle>(e =>
        {
            e.ToTable("programme_titles");
            e.HasKey(p => p.Code);
            e.Property(p => p.Code).HasMaxLength(20);
            e.Property(p => p.Title).HasMaxLength(300);
        });
        model.Entity<GrantDossier>(e =>
        {
            e.ToTable("grant_dossiers");
            e.HasKey(g => g.GrantId);
        });
        model.Entity<ParkedNotice>(e =>
        {
            e.ToTable("parked_notices");
            e.HasKey(p => p.EventId);
            e.HasIndex(p => p.DossierId);
            e.Property(p => p.EventType).HasMaxLength(100);
            e.Property(p => p.Payload).HasColumnType("jsonb");
        });
        model.Entity<PurgedDossier>(e =>
        {
            e.ToTable("purged_dossiers");
            e.HasKey(p => p.DossierId);
            e.Property(p => p.DossierId).ValueGeneratedNever();
        });
        model.Entity<UserContact>(e =>
        {
            e.ToTable("user_contacts");
            e.HasKey(u => u.UserId);
            e.Property(u => u.UserId).HasMaxLength(200);
            e.Property(u => u.Email).HasMaxLength(320);
        });
    }
}
