using Defis.Contracts.Events;
using Defis.Jury.Domain;
using Defis.ServiceInfrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Defis.Jury.Persistence;

public sealed class JuryDbContext(DbContextOptions<JuryDbContext> options) : ServiceDbContext(options)
{
    public DbSet<JuryProgramme> Programmes => Set<JuryProgramme>();

    public DbSet<FiledDossier> Dossiers => Set<FiledDossier>();

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

    /// <summary>
    /// Whatever path changed a book (batch, manual, reassignment, a conflict, a withdrawn dossier), the assignments
    /// it added or ended are announced with the change, so Submission's read access follows the book exactly.
    /// </summary>
    private void AnnounceAssignmentChanges()
    {
        foreach (var book in ChangeTracker.Entries<PanelAssignments>().Select(e => e.Entity).ToArray())
        {
            foreach (var assignment in book.Assignments)
            {
                var entry = Entry(assignment);
                if (entry.State == EntityState.Added && assignment.IsActive)
                {
                    AddIntegrationEvent(new ReviewerAssigned(assignment.Id, assignment.DossierId, assignment.DossierReference, book.ProgrammeCode,
                        assignment.JurorUserId, assignment.AssignedAt) { OccurredAt = assignment.AssignedAt });
                }
                else if (entry.State == EntityState.Modified && entry.Property(a => a.WithdrawnAt).IsModified && assignment.WithdrawnAt is { } withdrawnAt)
                {
                    AddIntegrationEvent(new ReviewerUnassigned(assignment.Id, assignment.DossierId, assignment.DossierReference, assignment.JurorUserId,
                        assignment.WithdrawalReason ?? "") { OccurredAt = withdrawnAt });
                }
            }
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
