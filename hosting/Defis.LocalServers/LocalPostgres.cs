using System.Diagnostics;
using System.Security.Cryptography;

namespace Defis.LocalServers;

/// <summary>
/// PostgreSQL from the Debian binaries in a data folder of ours, bound to 127.0.0.1.
/// It refuses to run as root, so as root it runs as the 'postgres' user.
/// </summary>
public sealed class LocalPostgres(string folder, int port, bool durable = true) : ILocalServer
{
    private const string ServiceUser = "postgres";
    private Process? _launcher;

    public string Name => "postgres";

    public int Port => port;

    public string Password => File.ReadAllText(PasswordFile).Trim();

    public string ConnectionString => $"Host=127.0.0.1;Port={port};Username=postgres;Password={Password}";

    public int? ProcessId => ReadPostmasterPid();

    public bool IsRunning => ProcessId is { } pid && LocalProcess.IsAlive(pid);

    private string DataDirectory => Path.Combine(folder, "data");

    private string PasswordFile => Path.Combine(folder, "password");

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var bin = Prerequisites.PostgresBinDirectory();
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            await InitialiseAsync(bin, cancellationToken);
        }
        var options = $"-D {LocalProcess.Quote(DataDirectory)} -p {port} -k {LocalProcess.Quote(folder)} " +
                      "-c listen_addresses=127.0.0.1 -c max_connections=300 " +
                      (durable ? "" : "-c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        _launcher = LocalProcess.Start($"{Path.Combine(bin, "postgres")} {options}", Path.Combine(folder, "postgres.log"), ServiceUser);
        await FreePort.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(30), "PostgreSQL", () => !_launcher.HasExited);
        await WaitForConnectionsAsync(bin, cancellationToken);
    }

    public async Task StopAsync()
    {
        if (ReadPostmasterPid() is { } pid)
        {
            await LocalProcess.StopAsync(pid, LocalProcess.SigInt, TimeSpan.FromSeconds(15));
        }
        _launcher?.Dispose();
        _launcher = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task InitialiseAsync(string bin, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(PasswordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant());
        File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await LocalProcess.ChangeOwnerAsync(folder, ServiceUser);
        await LocalProcess.RunAsync(Path.Combine(bin, "initdb"),
            ["-D", DataDirectory, "-U", "postgres", "-A", "scram-sha-256", $"--pwfile={PasswordFile}", "-E", "UTF8", "--locale=C.UTF-8"],
            ServiceUser, cancellationToken);
    }

    private async Task WaitForConnectionsAsync(string bin, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await LocalProcess.RunAsync(Path.Combine(bin, "pg_isready"), ["-h", "127.0.0.1", "-p", port.ToString(), "-q"], cancellationToken: cancellationToken);
                return;
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private int? ReadPostmasterPid()
    {
        try
        {
            var first = File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).FirstOrDefault();
            return int.TryParse(first, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
