using Defis.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Defis.Jury.Persistence;

public sealed class JuryDbContext(DbContextOptions<JuryDbContext> options) : ServiceDbContext(options)
{
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
