using Defis.ServiceInfrastructure.Persistence;
using Defis.Submission.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Defis.Submission.Persistence;

public sealed class SubmissionDbContext(DbContextOptions<SubmissionDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

    public DbSet<DossierReader> DossierReaders => Set<DossierReader>();

    public DbSet<JuryVerdictRecord> JuryVerdicts => Set<JuryVerdictRecord>();

    public DbSet<DossierExportJob> DossierExportJobs => Set<DossierExportJob>();

    public DbSet<ExportFileChunk> ExportFileChunks => Set<ExportFileChunk>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SubmissionDbContext).Assembly);
    }
}

public sealed class SubmissionDbContextFactory : IDesignTimeDbContextFactory<SubmissionDbContext>
{
    public SubmissionDbContext CreateDbContext(string[] args) => new(ServiceDatabase.DesignTimeOptions<SubmissionDbContext>());
}
