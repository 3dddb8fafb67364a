using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Defis.AppHost.Tests;

/// <summary>The AppHost's build output run with `dotnet`, on a data folder of its own; its output is kept for failure reports.</summary>
public sealed class AppHostProcess : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<string> _announcements = new();
    private readonly Process _process;

    private AppHostProcess(Process process, string dataFolder)
    {
        _process = process;
        DataFolder = dataFolder;
    }

    public string DataFolder { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output => string.Join('\n', _output);

    /// <summary>The dashboard's start-up lines (login link, receiver), kept whatever follows them.</summary>
    public string Announcements => string.Join('\n', _announcements);

    public static AppHostProcess Start()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), $"defis-apphost-test-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataFolder);
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { AssemblyPath(), "--data", dataFolder })
        {
            info.ArgumentList.Add(argument);
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the AppHost.");
        process.StandardInput.Close();
        var host = new AppHostProcess(process, dataFolder);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    public AppHostState? State()
    {
        try
        {
            return JsonSerializer.Deserialize<AppHostState>(File.ReadAllText(Path.Combine(DataFolder, "apphost.json")), JsonSerializerOptions.Web);
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return null;
        }
    }

    public void Signal(int signal) => _ = kill(_process.Id, signal);

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // A failed test still stops everything: SIGTERM, then SIGKILL.
            Signal(15);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }
        _process.Dispose();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the OS to clean /tmp.
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        if (line.Contains("Login to the dashboard at", StringComparison.Ordinal) || line.Contains("OTLP receiver:", StringComparison.Ordinal))
        {
            _announcements.Enqueue(line);
        }
        while (_output.Count > 2000 && _output.TryDequeue(out _))
        {
        }
    }

    /// <summary>AppHost/bin/&lt;Configuration&gt;/net10.0/Defis.AppHost.dll, found from this test assembly's folder.</summary>
    private static string AssemblyPath()
    {
        var configuration = typeof(AppHostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AppHost", "AppHost.csproj")))
        {
            directory = directory.Parent;
        }
        var path = directory is null ? null : Path.Combine(directory.FullName, "AppHost", "bin", configuration, "net10.0", "Defis.AppHost.dll");
        return path is not null && File.Exists(path)
            ? path
            : throw new InvalidOperationException($"The AppHost is not built ({path ?? "no AppHost/ above " + AppContext.BaseDirectory}): build the solution first.");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
