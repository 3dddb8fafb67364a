using Defis.Jury.Domain;
using Defis.Jury.Outgoing;
using Defis.ServiceInfrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Defis.Jury.Persistence;

public sealed class JuryDbContext(DbContextOptions<JuryDbContext> options) : ServiceDbContext(options)
{
    public DbSet<JuryProgramme> Programmes => Set<JuryProgramme>();

    public DbSet<FiledDossier> Dossiers => Set<FiledDossier>();

    public DbSet<PurgedDossier> PurgedDossiers => Set<PurgedDossier>();

    public DbSet<Panel> Panels => Set<Panel>();

    public DbSet<EvaluationGrid> Grids => Set<EvaluationGrid>();

    public DbSet<ConflictRegister> ConflictRegisters => Set<ConflictRegister>();

    public DbSet<PanelAssignments> AssignmentBooks => Set<PanelAssignments>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<PhaseDecision> Decisions => Set<PhaseDecision>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DueSoonAnnouncement> DueSoonAnnouncements => Set<DueSoonAnnouncement>();

    /// <summary>Every tracked aggregate's pending audit entries are saved with it, in the same transaction.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var audited = ChangeTracker.Entries<AuditedAggregate>().Select(e => e.Entity).ToArray();
        AuditEntries.AddRange(audited.SelectMany(a => a.TakePendingAudit()));
        AnnounceAssignmentChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The assignments each tracked book started or ended go to the outbox with the change, in the order they happened.</summary>
    private void AnnounceAssignmentChanges()
    {
        foreach (var book in ChangeTracker.Entries<PanelAssignments>().Select(e => e.Entity).ToArray())
        {
            this.AddAssignmentEvents(book.ProgrammeCode, book.TakeChanges());
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("The Jury saves asynchronously only, so that audit entries are never skipped.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JuryDbContext).Assembly);
    }
}

public sealed class JuryDbContextFactory : IDesignTimeDbContextFactory<JuryDbContext>
{
    public JuryDbContext CreateDbContext(string[] args) => new(ServiceDatabase.DesignTimeOptions<JuryDbContext>());
}
