using Defis.Jury.Persistence;
using Defis.ServiceInfrastructure.Persistence;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Defis.Jury.IntegrationTests;

/// <summary>
/// Replicas start together and one migrates while the others wait for it (DatabaseMigrator's advisory lock). A wait
/// longer than a command's timeout is still a wait, not a database out of reach: the instance does not give up on it.
/// </summary>
public sealed class MigrationWaitTests(PlatformInfrastructure infrastructure)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_instance_waits_out_another_instances_migration_longer_than_its_command_timeout_then_finds_the_database_migrated()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(infrastructure.NewDatabase("jury-migration")) { CommandTimeout = 1 };
        await CreateAsync(connectionString);
        await using var otherInstance = new NpgsqlConnection(connectionString.ConnectionString);
        await otherInstance.OpenAsync(Cancellation);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({DatabaseMigrator<JuryDbContext>.MigrationLockKey})", otherInstance))
        {
            await take.ExecuteNonQueryAsync(Cancellation);
        }
        var log = new WarningLog();
        await using var services = Services(connectionString.ConnectionString, log);
        var migrator = ActivatorUtilities.CreateInstance<DatabaseMigrator<JuryDbContext>>(services, TimeProvider.System);

        var migrating = migrator.StartAsync(Cancellation);
        await Task.Delay(TimeSpan.FromSeconds(3), Cancellation);
        var waitedForTheLock = !migrating.IsCompleted;
        await using (var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({DatabaseMigrator<JuryDbContext>.MigrationLockKey})", otherInstance))
        {
            await release.ExecuteNonQueryAsync(Cancellation);
        }
        await migrating.WaitAsync(TimeSpan.FromMinutes(1), Cancellation);

        Assert.True(waitedForTheLock);
        Assert.True(log.Warnings.Count == 0, log.ToString());
        await using var scope = services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<JuryDbContext>().Database.GetPendingMigrationsAsync(Cancellation));
    }

    private static async Task CreateAsync(NpgsqlConnectionStringBuilder target)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(Cancellation);
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database}\"", connection);
        await create.ExecuteNonQueryAsync(Cancellation);
    }

    private static ServiceProvider Services(string connectionString, WarningLog log)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(log));
        services.AddDbContext<JuryDbContext>(options => ServiceDatabase.Configure(options, connectionString));
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// The warnings the migrator logged (EF's own probe of a missing history table is logged as an error on every fresh
    /// database, and is not the migrator's doing).
    /// </summary>
    private sealed class WarningLog : ILoggerProvider
    {
        public List<string> Warnings { get; } = [];

        public ILogger CreateLogger(string categoryName) =>
            categoryName.Contains(nameof(DatabaseMigrator<JuryDbContext>), StringComparison.Ordinal) ? new Recorder(Warnings) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public override string ToString() => string.Join("\n---\n", Warnings);

        public void Dispose()
        {
        }

        private sealed class Recorder(List<string> warnings) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    lock (warnings)
                    {
                        warnings.Add(formatter(state, exception));
                    }
                }
            }
        }
    }
}
