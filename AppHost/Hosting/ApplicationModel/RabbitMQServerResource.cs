using Defis.LocalServers;
using Defis.Hosting.Orchestration;

namespace Defis.Hosting;

public sealed class RabbitMQServerResource(string name) : ServerResource(name)
{
    /// <summary>The local broker always runs the management plugin; this only decides whether its URL is shown.</summary>
    internal bool ShowsManagement { get; set; }

    internal override void CheckPrerequisites() => Prerequisites.RabbitMqServer();

    internal override ILocalServer CreateServer(string folder, PortAssignments ports) =>
        new LocalRabbitMq(folder, ports.Get($"{Name}:tcp"), ports.Get($"{Name}:management"));

    internal override IReadOnlyDictionary<string, int> Ports() => Server is LocalRabbitMq broker
        ? new Dictionary<string, int>
        {
            ["tcp"] = broker.Port,
            ["management"] = broker.ManagementPort,
            ["distribution"] = broker.DistributionPort,
            ["epmd"] = broker.EpmdPort,
        }
        : new Dictionary<string, int>();

    internal override IReadOnlyDictionary<string, string> Urls()
    {
        var urls = new Dictionary<string, string>();
        if (Server is LocalRabbitMq broker)
        {
            urls["tcp"] = $"amqp://127.0.0.1:{broker.Port}";
            if (ShowsManagement)
            {
                urls["management"] = broker.ManagementUri.ToString();
            }
        }
        return urls;
    }

    internal override string? LogFile(string folder) => Path.Combine(folder, "rabbitmq.out.log");
}
