using Defis.LocalServers;
using Defis.Hosting.Orchestration;

namespace Defis.Hosting;

/// <summary>
/// A server the engine runs as a local process, unless a connection string is configured for it
/// (ConnectionStrings:{name}): then the given server is used and nothing is started.
/// </summary>
public abstract class ServerResource(string name) : Resource(name), IResourceWithConnectionString, IResourceWithWaitSupport
{
    internal string? ConfiguredConnectionString { get; set; }

    internal ILocalServer? Server { get; set; }

    public bool IsExternal => ConfiguredConnectionString is not null;

    public string GetConnectionString() =>
        ConfiguredConnectionString ?? Server?.ConnectionString ?? throw new InvalidOperationException($"{Name} has not been started.");

    /// <summary>The Debian binary it needs (throws a message naming the fix when missing).</summary>
    internal abstract void CheckPrerequisites();

    internal abstract ILocalServer CreateServer(string folder, PortAssignments ports);

    /// <summary>Named ports of the running server, recorded so that nothing is left bound after shutdown.</summary>
    internal abstract IReadOnlyDictionary<string, int> Ports();

    internal abstract IReadOnlyDictionary<string, string> Urls();

    /// <summary>What identifies its process in /proc/{pid}/cmdline.</summary>
    internal virtual string CommandMarker(string folder) => folder;

    /// <summary>Its log file, if the engine runs it.</summary>
    internal abstract string? LogFile(string folder);
}
