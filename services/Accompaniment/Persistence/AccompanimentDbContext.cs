using Defis.Accompaniment.Domain.CheckIns;
using Defis.ServiceInfrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Defis.Accompaniment.Persistence;

public sealed class AccompanimentDbContext(DbContextOptions<AccompanimentDbContext> options) : ServiceDbContext(options)
{
    public DbSet<ProgrammeRow> Programmes => Set<ProgrammeRow>();

    public DbSet<CoachPool> CoachPools => Set<CoachPool>();

    public DbSet<DossierRow> Dossiers => Set<DossierRow>();

    public DbSet<PurgedDossier> PurgedDossiers => Set<PurgedDossier>();

    public DbSet<DossierTeam> Teams => Set<DossierTeam>();

    public DbSet<PlanRow> Plans => Set<PlanRow>();

    public DbSet<JuryVerdictRow> JuryVerdicts => Set<JuryVerdictRow>();

    public DbSet<MilestoneRow> Milestones => Set<MilestoneRow>();

    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    public DbSet<SessionRow> Sessions => Set<SessionRow>();

    public DbSet<RegistrationRow> Registrations => Set<RegistrationRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AccompanimentDbContext).Assembly);
    }
}

public sealed class AccompanimentDbContextFactory : IDesignTimeDbContextFactory<AccompanimentDbContext>
{
    public AccompanimentDbContext CreateDbContext(string[] args) => new(ServiceDatabase.DesignTimeOptions<AccompanimentDbContext>());
}
