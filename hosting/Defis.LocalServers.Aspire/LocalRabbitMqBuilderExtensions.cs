using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Defis.LocalServers.Aspire;

public static class LocalRabbitMqBuilderExtensions
{
    private const string ServiceUser = "rabbitmq";

    /// <summary>
    /// RabbitMQ with its management plugin from the Debian package, its data in <c>&lt;data&gt;/&lt;name&gt;</c>.
    /// Its Erlang port mapper runs as a resource of its own (<c>&lt;name&gt;-epmd</c>) on a port of its own:
    /// left to the broker, epmd would start as a daemon and outlive the run.
    /// </summary>
    public static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMq(this IDistributedApplicationBuilder builder, string name, LocalDataFolder data)
    {
        var server = Prerequisites.RabbitMqServer();
        var folder = data.Folder(name);
        var (port, managementPort, distributionPort, epmdPort) =
            (data.Port(name), data.Port($"{name}-management"), data.Port($"{name}-distribution"), data.Port($"{name}-epmd"));
        var epmd = builder.AddExecutable($"{name}-epmd", "/usr/bin/epmd", folder, "-port", $"{epmdPort}", "-address", "127.0.0.1")
            .WithEndpoint(port: epmdPort, targetPort: epmdPort, scheme: "tcp", name: LocalServerResource.EndpointName, isProxied: false)
            .WithIconName("PlugConnected");
        var epmdEndpoint = epmd.GetEndpoint(LocalServerResource.EndpointName);
        epmd.WithServerHealthCheck(cancellationToken => ServerHealthChecks.EpmdAsync(epmdEndpoint, cancellationToken));

        var (command, arguments) = RunAs.Command(ServiceUser, server);
        var broker = new LocalRabbitMqResource(name, command, folder);
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(broker, (_, _) => PrepareAsync(folder, port, managementPort));
        return builder.AddResource(broker)
            .WithArgs(arguments)
            .WithEnvironment(context =>
            {
                foreach (var (key, value) in Environment(folder, name, port, distributionPort, epmdPort))
                {
                    context.EnvironmentVariables[key] = value;
                }
            })
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: LocalServerResource.EndpointName, isProxied: false)
            .WithEndpoint(port: managementPort, targetPort: managementPort, scheme: "http", name: LocalRabbitMqResource.ManagementEndpointName, isProxied: false)
            .WithUrlForEndpoint(LocalRabbitMqResource.ManagementEndpointName, url => url.DisplayText = "Management UI (guest/guest)")
            .WithIconName("Mail")
            .WaitFor(epmd)
            .WithServerHealthCheck(cancellationToken => ServerHealthChecks.RabbitMqAsync(broker, cancellationToken));
    }

    private static async Task PrepareAsync(string folder, int port, int managementPort)
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "rabbitmq.conf"),
            $"listeners.tcp.default = 127.0.0.1:{port}\nmanagement.tcp.ip = 127.0.0.1\nmanagement.tcp.port = {managementPort}\n" +
            // Queue depths refresh every second (default 5 s) for tests and the dashboard.
            "collect_statistics_interval = 1000\n");
        await LocalProcess.ChangeOwnerAsync(folder, ServiceUser);
    }

    private static Dictionary<string, string> Environment(string folder, string name, int port, int distributionPort, int epmdPort) => new()
    {
        // The Erlang cookie lives in HOME: the broker's own folder, not the rabbitmq user's home.
        ["HOME"] = folder,
        // A stable node name (not the port): the node finds its queues again in the next run.
        ["RABBITMQ_NODENAME"] = $"defis-{name}@localhost",
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = $"{port}",
        ["RABBITMQ_DIST_PORT"] = $"{distributionPort}",
        ["ERL_EPMD_PORT"] = $"{epmdPort}",
        // The node's distribution port listens on loopback too, not on every interface.
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        // When its epmd goes first at shutdown, the broker launches a short-lived Erlang node to make sure one runs, and
        // that node started `epmd -daemon` on our port, left behind after the run (seen twice in five stops). Every
        // Erlang VM started with this environment now leaves epmd to the resource above.
        ["ERL_FLAGS"] = "-start_epmd false",
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(folder, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(folder, "log"),
        // Logs to standard output, which DCP shows as the resource's console.
        ["RABBITMQ_LOGS"] = "-",
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(folder, "rabbitmq.conf"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(folder, "enabled_plugins"),
        ["RABBITMQ_ENABLED_PLUGINS"] = "rabbitmq_management",
    };
}
