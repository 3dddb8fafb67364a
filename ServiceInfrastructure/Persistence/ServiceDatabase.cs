using Microsoft.EntityFrameworkCore;

namespace Defis.ServiceInfrastructure.Persistence;

/// <summary>The one way a service's DbContext is configured, at run time and for design-time migrations alike.</summary>
public static class ServiceDatabase
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))
            .UseSnakeCaseNamingConvention();

    /// <summary>Options for `dotnet ef`: migrations are generated without a server, so any connection string does.</summary>
    public static DbContextOptions<TContext> DesignTimeOptions<TContext>() where TContext : DbContext =>
        (DbContextOptions<TContext>)Configure(new DbContextOptionsBuilder<TContext>(), "Host=localhost;Database=design-time").Options;
}
