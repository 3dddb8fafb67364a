using Defis.LocalServers;
using Defis.Hosting.Orchestration;

namespace Defis.Hosting;

public sealed class RedisResource(string name) : ServerResource(name)
{
    internal override void CheckPrerequisites() => Prerequisites.RedisServer();

    internal override ILocalServer CreateServer(string folder, PortAssignments ports) =>
        new LocalRedis(folder, ports.Get($"{Name}:tcp"));

    internal override IReadOnlyDictionary<string, int> Ports() =>
        Server is { } server ? new Dictionary<string, int> { ["tcp"] = server.Port } : new Dictionary<string, int>();

    internal override IReadOnlyDictionary<string, string> Urls() =>
        Server is { } server ? new Dictionary<string, string> { ["tcp"] = $"tcp://127.0.0.1:{server.Port}" } : new Dictionary<string, string>();

    /// <summary>Redis rewrites its process title to its binary and address.</summary>
    internal override string CommandMarker(string folder) => $"127.0.0.1:{Server?.Port}";

    internal override string? LogFile(string folder) => Path.Combine(folder, "redis.log");
}
