using Defis.Correspondence.Domain.Annotations;
using Defis.Correspondence.Domain.Attachments;
using Defis.Correspondence.Domain.Threads;
using Defis.ServiceInfrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Correspondence.Persistence;

internal sealed class TeamRowConfiguration : IEntityTypeConfiguration<TeamRow>
{
    public void Configure(EntityTypeBuilder<TeamRow> builder)
    {
        builder.ToTable("dossier_teams");
        builder.HasKey(t => t.DossierId);
        builder.Property(t => t.DossierId).ValueGeneratedNever();
        builder.Property(t => t.Reference).HasMaxLength(40);
        builder.Property(t => t.LeadId).HasMaxLength(200);
        builder.HasIndex(t => t.LeadId);
        builder.Property(t => t.ProgrammeCode).HasMaxLength(20);
        builder.HasIndex(t => t.ProgrammeCode);
    }
}

internal sealed class ReviewerRowConfiguration : IEntityTypeConfiguration<ReviewerRow>
{
    public void Configure(EntityTypeBuilder<ReviewerRow> builder)
    {
        builder.ToTable("dossier_reviewers");
        builder.HasKey(r => r.AssignmentId);
        builder.Property(r => r.AssignmentId).ValueGeneratedNever();
        builder.Property(r => r.JurorId).HasMaxLength(200);
        builder.HasIndex(r => r.DossierId);
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(FileNameRule.MaxLength);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.UploadedBy).HasMaxLength(200);
        builder.Property(a => a.Threat).HasMaxLength(500);
        builder.HasIndex(a => new { a.DossierId, a.UploadedAt });
        // The scan pass looks for pending files only.
        builder.HasIndex(a => a.UploadedAt).HasFilter("state = 'Pending'");
    }
}

internal sealed class AttachmentContentConfiguration : IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<AttachmentContent> builder)
    {
        builder.ToTable("attachment_contents");
        builder.HasKey(c => c.AttachmentId);
        builder.Property(c => c.ObjectId).HasColumnType("oid");
        builder.HasOne<Attachment>().WithOne().HasForeignKey<AttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.ToTable("messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.AuthorId).HasMaxLength(200);
        builder.Property(m => m.Body).HasMaxLength(Message.MaxBodyLength);
        builder.Ignore(m => m.Reads);
        builder.JsonList<Message, MessageRead>("_reads", "reads");
        builder.HasIndex(m => new { m.DossierId, m.PostedAt });
        // A read and an edit racing on one message: the later one is ABORTED and must read again.
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
    }
}

internal sealed class AnnotationConfiguration : IEntityTypeConfiguration<Annotation>
{
    public void Configure(EntityTypeBuilder<Annotation> builder)
    {
        builder.ToTable("annotations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.AuthorId).HasMaxLength(200);
        builder.Property(a => a.Body).HasMaxLength(Annotation.MaxBodyLength);
        builder.HasIndex(a => new { a.DossierId, a.WrittenAt });
    }
}

internal sealed class PurgedDossierConfiguration : IEntityTypeConfiguration<PurgedDossier>
{
    public void Configure(EntityTypeBuilder<PurgedDossier> builder)
    {
        builder.ToTable("purged_dossiers");
        builder.HasKey(p => p.DossierId);
        builder.Property(p => p.DossierId).ValueGeneratedNever();
    }
}
