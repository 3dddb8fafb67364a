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
        Func<string, IResourceBuilder<IResourceWithConnectionString>> database,
        LocalDataFolder? data)
    {
        (Messaging, Cache, Smtp, _database, Data) = (messaging, cache, smtp, database, data);
    }

    public IResourceBuilder<IResourceWithConnectionString> Messaging { get; }

    public IResourceBuilder<IResourceWithConnectionString> Cache { get; }

    public IResourceBuilder<IResourceWithConnectionString> Smtp { get; }

    /// <summary>Where a local run keeps its data and secrets; null when publishing.</summary>
    public LocalDataFolder? Data { get; }

    /// <summary>A database of its own for one service (<c>ConnectionStrings__&lt;name&gt;</c>).</summary>
    public IResourceBuilder<IResourceWithConnectionString> Database(string name) => _database(name);

    /// <summary>PostgreSQL, RabbitMQ, Redis and the SMTP capture from the Debian packages, run by DCP on loopback.</summary>
    public static PlatformServers Local(IDistributedApplicationBuilder builder, LocalDataFolder data)
    {
        var postgres = builder.AddLocalPostgres("postgres", data).WithBackupCommand(data);
        return new PlatformServers(
            builder.AddLocalRabbitMq("messaging", data).WithQueueDepthsCommand(),
            builder.AddLocalRedis("cache", data),
            builder.AddLocalSmtpCapture("smtp", data),
            name => postgres.AddDatabase(name),
            data);
    }

    /// <summary>
    /// What a deployment declares: the container-based Aspire integrations (the publish manifest describes
    /// them); mail goes through an SMTP server the deployment names (ConnectionStrings__smtp).
    /// </summary>
    public static PlatformServers Containers(IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres("postgres");
        return new PlatformServers(
            builder.AddRabbitMQ("messaging").WithManagementPlugin(),
            builder.AddRedis("cache"),
            builder.AddConnectionString("smtp"),
            name => postgres.AddDatabase(name),
            data: null);
    }
}
