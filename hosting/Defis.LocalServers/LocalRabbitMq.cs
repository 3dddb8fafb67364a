using System.Diagnostics;

namespace Defis.LocalServers;

/// <summary>
/// RabbitMQ with its management plugin, from the Debian package, bound to 127.0.0.1. As root it runs
/// as the 'rabbitmq' user, which must own the folder. Each instance has its own Erlang port mapper
/// (epmd) on its own port, stopped with the broker, since epmd otherwise outlives it.
/// </summary>
public sealed class LocalRabbitMq(string folder, int port, int managementPort) : ILocalServer
{
    private const string ServiceUser = "rabbitmq";
    private readonly int _distributionPort = FreePort.Next();
    private readonly int _epmdPort = FreePort.Next();
    private Process? _launcher;

    public string Name => "rabbitmq";

    public int Port => port;

    public int ManagementPort => managementPort;

    /// <summary>Erlang distribution port of this node.</summary>
    public int DistributionPort => _distributionPort;

    /// <summary>Port of this instance's own Erlang port mapper (epmd), which StopAsync kills.</summary>
    public int EpmdPort => _epmdPort;

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{port}";

    public Uri ManagementUri => new($"http://127.0.0.1:{managementPort}/");

    public int? ProcessId => ReadPid();

    public bool IsRunning => ProcessId is { } pid && LocalProcess.IsAlive(pid);

    private string PidFile => Path.Combine(folder, "rabbitmq.pid");

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var server = Prerequisites.RabbitMqServer();
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "rabbitmq.conf"),
            $"listeners.tcp.default = 127.0.0.1:{port}\nmanagement.tcp.ip = 127.0.0.1\nmanagement.tcp.port = {managementPort}\n" +
            // Queue depths refresh every second (default 5 s) for tests and the dashboard.
            "collect_statistics_interval = 1000\n");
        await LocalProcess.ChangeOwnerAsync(folder, ServiceUser);
        _launcher = LocalProcess.Start(server, Path.Combine(folder, "rabbitmq.out.log"), ServiceUser, Environment());
        try
        {
            // About 10 s on an idle two-core machine; seen over 60 s while builds shared the cores.
            await FreePort.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(120), "RabbitMQ", () => !_launcher.HasExited);
            await FreePort.WaitUntilListeningAsync(managementPort, TimeSpan.FromSeconds(30), "RabbitMQ management", () => !_launcher.HasExited);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // The broker says why in its own logs; whoever reads the failure (a CI page) needs them with it.
            throw new InvalidOperationException($"{e.Message}\n{LogTail()}", e);
        }
    }

    /// <summary>The last lines of each of the broker's logs, to explain a start that failed.</summary>
    public string LogTail() => string.Join("\n", Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*.log", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).TakeLast(15).Prepend($"--- {file}"))
        : []);

    public async Task StopAsync()
    {
        if (ReadPid() is { } pid)
        {
            await LocalProcess.StopAsync(pid, LocalProcess.SigTerm, TimeSpan.FromSeconds(20));
        }
        try
        {
            await LocalProcess.RunAsync("epmd", ["-port", _epmdPort.ToString(), "-kill"]);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // epmd had already gone with the broker: nothing is left to stop.
        }
        _launcher?.Dispose();
        _launcher = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private Dictionary<string, string> Environment() => new()
    {
        ["HOME"] = folder,
        ["RABBITMQ_NODENAME"] = $"defis-{port}@localhost",
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = port.ToString(),
        ["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(),
        ["ERL_EPMD_PORT"] = _epmdPort.ToString(),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(folder, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(folder, "log"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(folder, "rabbitmq.conf"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(folder, "enabled_plugins"),
        ["RABBITMQ_ENABLED_PLUGINS"] = "rabbitmq_management",
        ["RABBITMQ_PID_FILE"] = PidFile,
    };

    private int? ReadPid()
    {
        try
        {
            return int.TryParse(File.ReadAllText(PidFile).Trim(), out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
