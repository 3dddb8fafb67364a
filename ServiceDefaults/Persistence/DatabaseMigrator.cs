using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Defis.ServiceDefaults.Persistence;

/// <summary>
/// Applies the service's migrations before it serves requests (it creates the database if needed).
/// Waits up to a minute for the server, since an orchestrator may start us alongside it.
/// </summary>
public sealed partial class DatabaseMigrator<TContext>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TContext>> logger) : IHostedService
    where TContext : DbContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TContext>().Database.MigrateAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (IsUnreachable(e) && DateTime.UtcNow < deadline)
            {
                LogWaiting(logger, typeof(TContext).Name, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static bool IsUnreachable(Exception e) =>
        e is NpgsqlException { InnerException: SocketException or IOException or TimeoutException } or NpgsqlException { IsTransient: true };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database of {Context} unreachable, retrying: {Reason}")]
    private static partial void LogWaiting(ILogger logger, string context, string reason);
}
