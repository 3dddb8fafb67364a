using Defis.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Defis.Accompaniment.Persistence;

public sealed class AccompanimentDbContext(DbContextOptions<AccompanimentDbContext> options) : ServiceDbContext(options)
{
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
