using System.Diagnostics;

namespace Defis.LocalServers;

/// <summary>Redis from the Debian binary, bound to 127.0.0.1, data in our folder.</summary>
public sealed class LocalRedis(string folder, int port, bool durable = true) : ILocalServer
{
    private Process? _process;

    public string Name => "redis";

    public int Port => port;

    public string ConnectionString => $"127.0.0.1:{port}";

    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    public bool IsRunning => ProcessId is not null;

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var persistence = durable ? "--appendonly yes --save '60 1'" : "--appendonly no --save ''";
        var command = $"{Prerequisites.RedisServer()} --bind 127.0.0.1 --port {port} --dir {LocalProcess.Quote(folder)} " +
                      $"--protected-mode yes --daemonize no {persistence}";
        _process = LocalProcess.Start(command, Path.Combine(folder, "redis.log"), runAsUser: null);
        await FreePort.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(15), "Redis", () => !_process.HasExited);
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
