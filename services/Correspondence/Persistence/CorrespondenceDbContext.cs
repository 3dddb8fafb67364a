using Defis.Correspondence.Domain.Annotations;
using Defis.Correspondence.Domain.Attachments;
using Defis.Correspondence.Domain.Threads;
using Defis.ServiceInfrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Defis.Correspondence.Persistence;

public sealed class CorrespondenceDbContext(DbContextOptions<CorrespondenceDbContext> options) : ServiceDbContext(options)
{
    public DbSet<TeamRow> Teams => Set<TeamRow>();

    public DbSet<ReviewerRow> Reviewers => Set<ReviewerRow>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    /// <summary>Where each attachment's bytes are: a PostgreSQL large object (decision 0025).</summary>
    public DbSet<AttachmentContent> Contents => Set<AttachmentContent>();

    public DbSet<Message> Messages => Set<Message>();

    public DbSet<Annotation> Annotations => Set<Annotation>();

    public DbSet<PurgedDossier> PurgedDossiers => Set<PurgedDossier>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CorrespondenceDbContext).Assembly);
    }
}

public sealed class CorrespondenceDbContextFactory : IDesignTimeDbContextFactory<CorrespondenceDbContext>
{
    public CorrespondenceDbContext CreateDbContext(string[] args) => new(ServiceDatabase.DesignTimeOptions<CorrespondenceDbContext>());
}
