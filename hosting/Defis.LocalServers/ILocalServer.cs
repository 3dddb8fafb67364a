namespace Defis.LocalServers;

/// <summary>An infrastructure server run as a local process from its Debian binaries.</summary>
public interface ILocalServer : IAsyncDisposable
{
    string Name { get; }

    /// <summary>The Aspire-style connection string clients use (ConnectionStrings__name).</summary>
    string ConnectionString { get; }

    int Port { get; }

    int? ProcessId { get; }

    bool IsRunning { get; }

    Task StartAsync(CancellationToken cancellationToken = default);

    Task StopAsync();
}
