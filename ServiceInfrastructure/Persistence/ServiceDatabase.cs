using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Defis.ServiceInfrastructure.Persistence;

/// <summary>The one way a service's DbContext is configured, at run time and for design-time migrations alike.</summary>
public static class ServiceDatabase
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(ConnectionString(connectionString), npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))
            .UseSnakeCaseNamingConvention();

    /// <summary>
    /// A service runs the same few statements again and again (its locks, its reads, the outbox's): Npgsql prepares
    /// each on its pooled connection after a few uses, so PostgreSQL no longer parses and plans it every time — a third
    /// of its work per grant commitment (docs/benchmarks/funding.md). A connection string that says otherwise wins.
    /// Npgsql keys its pools by this string, not by the one configured: whoever clears a service's pool clears this one.
    /// </summary>
    public static string ConnectionString(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (settings.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = 64;
        }
        return settings.ConnectionString;
    }

    /// <summary>Options for `dotnet ef`: migrations are generated without a server, so any connection string does.</summary>
    public static DbContextOptions<TContext> DesignTimeOptions<TContext>() where TContext : DbContext =>
        (DbContextOptions<TContext>)Configure(new DbContextOptionsBuilder<TContext>(), "Host=localhost;Database=design-time").Options;
}
