using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Defis.ServiceInfrastructure.Persistence;

/// <summary>
/// Applies the service's migrations before it serves requests (it creates the database if needed).
/// Waits up to a minute for the server, since an orchestrator may start us alongside it.
/// </summary>
public sealed partial class DatabaseMigrator<TContext>(IServiceScopeFactory scopes, TimeProvider time, ILogger<DatabaseMigrator<TContext>> logger)
    : IHostedService
    where TContext : DbContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    // Any constant works: the lock is per database, and each service has its own.
    public const long MigrationLockKey = 0x0D_EF15_3164;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + Patience;
        while (true)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                await CreateDatabaseIfMissingAsync(db, cancellationToken);
                await MigrateAloneAsync(db, cancellationToken);
                return;
            }
            catch (Exception e) when (IsUnreachable(e) && time.GetUtcNow() < deadline)
            {
                LogWaiting(logger, typeof(TContext).Name, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Several instances start together (replicas, a rolling update): one migrates while the others wait on a
    /// session advisory lock, then find nothing left to apply. EF's own history checks alone let two instances apply
    /// the same migration at once (seen: "column already exists" with two replicas).
    /// </summary>
    private static async Task MigrateAloneAsync(TContext db, CancellationToken cancellationToken)
    {
        db.Database.WaitsForOtherInstances();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            await RefuseForeignHistoryAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await ReleaseAsync(db);
        }
    }

    /// <summary>Unlocking lets the next instance go at once; a lost session has released its locks already.</summary>
    private static async Task ReleaseAsync(TContext db)
    {
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
        }
        catch (System.Data.Common.DbException)
        {
            // Nothing to release.
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// EF's own existence probe logs an error for a missing database, which an SRE then sees at every
    /// fresh start: we ask the server first. Where the maintenance database may not be reached (a
    /// managed server), we leave it to EF.
    /// </summary>
    private static async Task CreateDatabaseIfMissingAsync(TContext db, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        if (string.IsNullOrEmpty(target.Database))
        {
            return;
        }
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
            exists.Parameters.AddWithValue(target.Database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database.Replace("\"", "\"\"")}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        catch (PostgresException e) when (!e.IsTransient)
        {
            // Already created by another instance, or no right to the maintenance database: EF decides.
        }
    }

    /// <summary>
    /// A database migrated by another version of the service (before its migrations were folded into one, say)
    /// would fail on the first CREATE with an obscure "already exists": say plainly what happened instead.
    /// </summary>
    private static async Task RefuseForeignHistoryAsync(TContext db, CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken))
        {
            return;
        }
        var applied = await history.GetAppliedMigrationsAsync(cancellationToken);
        var unknown = applied.Select(row => row.MigrationId).Except(db.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database of {typeof(TContext).Name} was migrated by another version of the service ({string.Join(", ", unknown)} unknown here). " +
                "Locally, start again from an empty data folder: ./defis run --fresh.");
        }
    }

    private static bool IsUnreachable(Exception e) =>
        e is NpgsqlException { InnerException: SocketException or IOException or TimeoutException } or NpgsqlException { IsTransient: true };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database of {Context} unreachable, retrying: {Reason}")]
    private static partial void LogWaiting(ILogger logger, string context, string reason);
}
