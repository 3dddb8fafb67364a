using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.LocalServers.Aspire;

public static class LocalPostgresBuilderExtensions
{
    private const string ServiceUser = "postgres";

    /// <summary>
    /// PostgreSQL from the Debian binaries on a kept loopback port, its cluster initialised once in
    /// <c>&lt;data&gt;/&lt;name&gt;/data</c>, the superuser's password generated once (<c>&lt;data&gt;/&lt;name&gt;-password</c>).
    /// </summary>
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name, LocalDataFolder data)
    {
        var bin = Prerequisites.PostgresBinDirectory();
        var folder = data.Folder(name);
        var port = data.Port(name);
        var passwordFile = $"{name}-password";
        var password = builder.AddParameter($"{name}-password", () => data.Secret(passwordFile), secret: true);
        var (command, arguments) = RunAs.Command(ServiceUser, Path.Combine(bin, "postgres"),
            "-D", Path.Combine(folder, "data"), "-p", $"{port}", "-k", folder,
            "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300");
        var server = new LocalPostgresResource(name, command, folder, password.Resource);
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server, (_, cancellationToken) =>
            InitialiseAsync(bin, folder, data.Secret(passwordFile), cancellationToken));
        return builder.AddResource(server)
            .WithArgs(arguments)
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: LocalServerResource.EndpointName, isProxied: false)
            .WithIconName("Database")
            .WithServerHealthCheck(cancellationToken => ServerHealthChecks.PostgresAsync(server, cancellationToken));
    }

    /// <summary>A database of the server, created when first checked; <c>ConnectionStrings__&lt;name&gt;</c> names it.</summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(this IResourceBuilder<LocalPostgresResource> server, string name, string? databaseName = null)
    {
        var database = new LocalPostgresDatabaseResource(name, databaseName ?? name, server.Resource);
        // DCP only runs the server; Aspire carries a container's state over to its databases but not an
        // executable's, so the database says it runs once its server answers (its own check then creates it).
        server.ApplicationBuilder.Eventing.Subscribe<ResourceReadyEvent>(server.Resource, (ready, _) =>
            ready.Services.GetRequiredService<ResourceNotificationService>().PublishUpdateAsync(database, snapshot => snapshot with
            {
                State = KnownResourceStates.Running,
                StartTimeStamp = DateTime.UtcNow,
            }));
        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [new(CustomResourceKnownProperties.Source, $"{server.Resource.Name}/{database.DatabaseName}")],
            })
            .WithIconName("Database")
            .WithServerHealthCheck(cancellationToken => ServerHealthChecks.DatabaseAsync(database, cancellationToken));
    }

    private static async Task InitialiseAsync(string bin, string folder, string password, CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(folder, "data", "PG_VERSION")))
        {
            return;
        }
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var passwordFile = Path.Combine(folder, "initdb-password");
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
        try
        {
            await LocalProcess.ChangeOwnerAsync(folder, ServiceUser);
            await LocalProcess.RunAsync(Path.Combine(bin, "initdb"),
                ["-D", Path.Combine(folder, "data"), "-U", "postgres", "-A", "scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8", "--locale=C.UTF-8"],
                ServiceUser, cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }
}
