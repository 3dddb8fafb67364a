using System.Data.Common;
using System.Net.Sockets;

namespace Defis.ServiceDefaults.Errors;

/// <summary>
/// Recognises a failure of a server the service depends on (its database, the network) rather than of the service's
/// own code: the caller gets UNAVAILABLE / 503 with a delay to retry after, and the fault is logged as an outage,
/// without a stack trace. Database errors are read through ADO.NET's <see cref="DbException"/>, so that this project
/// needs no database driver. See docs/decisions/0022-outage-statuses.md.
/// </summary>
public static class DependencyOutage
{
    /// <summary>Seconds a client should wait before trying again (the Retry-After header, grpc-retry-pushback-ms).</summary>
    public const int RetryAfterSeconds = 5;

    public const string Message = "Service momentanément indisponible : une de ses dépendances ne répond pas. Réessayez dans quelques secondes.";

    /// <summary>The dependency that failed ("database", "network"), or null when the exception is not an outage.</summary>
    public static string? DependencyOf(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case DbException { SqlState: { } sqlState }:
                    return IsUnavailable(sqlState) ? "database" : null;
                case DbException:
                    return "database";
                case SocketException or TimeoutException:
                    return "network";
            }
        }
        return null;
    }

    /// <summary>Connection errors (class 08), server shutting down or starting (57P01–57P03), too many connections (53300).</summary>
    private static bool IsUnavailable(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState is "57P01" or "57P02" or "57P03" or "53300";
}
