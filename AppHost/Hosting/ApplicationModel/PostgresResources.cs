using Defis.LocalServers;
using Defis.Hosting.Orchestration;

namespace Defis.Hosting;

public sealed class PostgresServerResource(string name) : ServerResource(name)
{
    internal override void CheckPrerequisites() => Prerequisites.PostgresBinDirectory();

    internal override ILocalServer CreateServer(string folder, PortAssignments ports) =>
        new LocalPostgres(folder, ports.Get($"{Name}:tcp"));

    internal override IReadOnlyDictionary<string, int> Ports() =>
        Server is { } server ? new Dictionary<string, int> { ["tcp"] = server.Port } : new Dictionary<string, int>();

    internal override IReadOnlyDictionary<string, string> Urls() =>
        Server is { } server ? new Dictionary<string, string> { ["tcp"] = $"tcp://127.0.0.1:{server.Port}" } : new Dictionary<string, string>();

    internal override string? LogFile(string folder) => Path.Combine(folder, "postgres.log");
}

/// <summary>A database on a PostgreSQL server: its connection string is the server's plus Database=.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource parent)
    : Resource(name), IResourceWithConnectionString, IResourceWithWaitSupport
{
    public PostgresServerResource Parent => parent;

    public string DatabaseName => databaseName;

    internal string? ConfiguredConnectionString { get; set; }

    public string GetConnectionString() => ConfiguredConnectionString ?? $"{parent.GetConnectionString()};Database={databaseName}";
}
