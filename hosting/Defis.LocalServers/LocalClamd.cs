using System.Diagnostics;

namespace Defis.LocalServers;

/// <summary>
/// ClamAV's clamd from the Debian package on a loopback TCP port, with the configuration and the one-signature
/// database of <see cref="ClamdFolder"/>. The connection string is "tcp://127.0.0.1:port".
/// </summary>
public sealed class LocalClamd(string folder, int port) : ILocalServer
{
    private Process? _process;

    public string Name => "scanner";

    public int Port => port;

    public string ConnectionString => $"tcp://127.0.0.1:{port}";

    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    public bool IsRunning => ProcessId is not null;

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var configuration = ClamdFolder.Prepare(folder, port);
        _process = LocalProcess.Start($"{Prerequisites.Clamd()} --config-file={LocalProcess.Quote(configuration)}",
            Path.Combine(folder, "clamd.out"), runAsUser: null);
        await FreePort.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(60), "clamd", () => !_process.HasExited);
    }

    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            await LocalProcess.StopAsync(process.Id, LocalProcess.SigTerm, TimeSpan.FromSeconds(10));
            process.Dispose();
            _process = null;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
