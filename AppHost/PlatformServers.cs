using Defis.LocalServers.Aspire;

namespace Defis.AppHost;

/// <summary>The servers every service uses, whichever way they are provided.</summary>
public sealed class PlatformServers
{
    private readonly Func<string, IResourceBuilder<IResourceWithConnectionString>> _database;

    private PlatformServers(
        IResourceBuilder<IResourceWithConnectionString> messaging,
        IResourceBuilder<IResourceWithConnectionString> cache,
        IResourceBuilder<IResourceWithConnectionString> smtp,
        IResourceBuilder<IResourceWithConnectionString> scanner,
        Func<string, IResourceBuilder<IResourceWithConnectionString>> database,
        LocalDataFolder? data)
    {
        (Messaging, Cache, Smtp, Scanner, _database, Data) = (messaging, cache, smtp, scanner, database, data);
    }

    public IResourceBuilder<IResourceWithConnectionString> Messaging { get; }

    public IResourceBuilder<IResourceWithConnectionString> Cache { get; }

    public IResourceBuilder<IResourceWithConnectionString> Smtp { get; }

    /// <summary>ClamAV's clamd, "tcp://host:port" (ConnectionStrings__scanner): Correspondence scans every file with it.</summary>
    public IResourceBuilder<IResourceWithConnectionString> Scanner { get; }

    /// <summary>Where a local run keeps its data and secrets; null when publishing.</summary>
    public LocalDataFolder? Data { get; }

    /// <summary>A database of its own for one service (<c>ConnectionStrings__&lt;name&gt;</c>).</summary>
    public IResourceBuilder<IResourceWithConnectionString> Database(string name) => _database(name);

    /// <summary>
    /// PostgreSQL, RabbitMQ, Redis, the SMTP capture and clamd (with the EICAR test signature only: no freshclam here)
    /// from the Debian packages, run by DCP on loopback.
    /// </summary>
    public static PlatformServers Local(IDistributedApplicationBuilder builder, LocalDataFolder data)
    {
        var postgres = builder.AddLocalPostgres("postgres", data).WithBackupCommand(data);
        return new PlatformServers(
            builder.AddLocalRabbitMq("messaging", data).WithQueueDepthsCommand(),
            builder.AddLocalRedis("cache", data),
            builder.AddLocalSmtpCapture("smtp", data),
            builder.AddLocalClamd("scanner", data),
            name => postgres.AddDatabase(name),
            data);
    }

    /// <summary>
    /// What a deployment declares: the container-based Aspire integrations (the publish manifest describes
    /// them); mail goes through an SMTP server the deployment names (ConnectionStrings__smtp), files are scanned by a clamd
    /// the deployment runs with freshclam's signatures (ConnectionStrings__scanner, docs/deploy/kubernetes.md).
    /// </summary>
    public static PlatformServers Containers(IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres("postgres");
        return new PlatformServers(
            builder.AddRabbitMQ("messaging").WithManagementPlugin(),
            builder.AddRedis("cache"),
            builder.AddConnectionString("smtp"),
            builder.AddConnectionString("scanner"),
            name => postgres.AddDatabase(name),
            data: null);
    }
}
