using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;
using Defis.ServiceInfrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Defis.Funding.Persistence;

public sealed class FundingDbContext(DbContextOptions<FundingDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Envelope> Envelopes => Set<Envelope>();

    public DbSet<ProgrammeEventCounter> EventCounters => Set<ProgrammeEventCounter>();

    public DbSet<ProgrammeRules> ProgrammeRules => Set<ProgrammeRules>();

    public DbSet<Grant> Grants => Set<Grant>();

    public DbSet<ExpenseLedger> ExpenseLedgers => Set<ExpenseLedger>();

    public DbSet<FundedDossier> Dossiers => Set<FundedDossier>();

    public DbSet<DossierTeam> Teams => Set<DossierTeam>();

    public DbSet<JuryOutcome> JuryOutcomes => Set<JuryOutcome>();

    public DbSet<PurgedDossier> PurgedDossiers => Set<PurgedDossier>();

    public DbSet<ProgrammePartner> ProgrammePartners => Set<ProgrammePartner>();

    public DbSet<FundingEventRecord> FundingEvents => Set<FundingEventRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money is stored as its whole cents (bigint), never as a decimal or a float.
        configurationBuilder.Properties<Money>().HaveConversion<MoneyConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FundingDbContext).Assembly);
    }
}

public sealed class FundingDbContextFactory : IDesignTimeDbContextFactory<FundingDbContext>
{
    public FundingDbContext CreateDbContext(string[] args) => new(ServiceDatabase.DesignTimeOptions<FundingDbContext>());
}
