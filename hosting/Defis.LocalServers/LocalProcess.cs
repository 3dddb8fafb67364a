using System.Diagnostics;
using System.Runtime.InteropServices;

[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
namespace Defis.LocalServers;

/// <summary>
/// A server process started in the background with its output going to a log file, never to our
/// own stdout/stderr: a CI run would otherwise wait on the inherited pipe until its time limit.
/// </summary>
public static partial class LocalProcess
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Starts <paramref name="command"/> through sh, as <paramref name="runAsUser"/> when we are root.</summary>
    public static Process Start(string command, string logFile, string? runAsUser, IReadOnlyDictionary<string, string>? environment = null) =>
        Start(new LocalProcessStart(command, logFile) { RunAsUser = runAsUser, Environment = environment });

    /// <summary>
    /// Starts a background process in a session of its own (setsid keeps the same PID), so a Ctrl+C in
    /// the terminal reaches only whoever started it, which can then stop its processes in order.
    /// Through bash, not sh: dash drops variables such as ConnectionStrings__submission-db (not a shell name).
    /// </summary>
    public static Process Start(LocalProcessStart start)
    {
        var shellCommand = $"exec {start.Command} >> {Quote(start.LogFile)} 2>&1 < /dev/null";
        var info = new ProcessStartInfo("/usr/bin/setsid") { UseShellExecute = false };
        if (start.WorkingDirectory is not null)
        {
            info.WorkingDirectory = start.WorkingDirectory;
        }
        if (IsRoot && start.RunAsUser is not null)
        {
            foreach (var argument in new[] { "/usr/sbin/runuser", "-u", start.RunAsUser, "--" })
            {
                info.ArgumentList.Add(argument);
            }
        }
        info.ArgumentList.Add("/bin/bash");
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(shellCommand);
        foreach (var name in start.RemovedVariables ?? [])
        {
            info.Environment.Remove(name);
        }
        foreach (var (key, value) in start.Environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        return Process.Start(info) ?? throw new InvalidOperationException($"Could not start: {start.Command}");
    }

    /// <summary>Runs a short command to completion and returns its output; throws with that output on failure.</summary>
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, string? runAsUser = null, CancellationToken cancellationToken = default)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (IsRoot && runAsUser is not null)
        {
            info.FileName = "/usr/sbin/runuser";
            foreach (var prefix in new[] { "-u", runAsUser, "--", fileName })
            {
                info.ArgumentList.Add(prefix);
            }
        }
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var output = await stdout + await stderr;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}: {output}");
        }
        return output;
    }

    public static Task ChangeOwnerAsync(string path, string user) =>
        IsRoot ? RunAsync("chown", ["-R", $"{user}:{user}", path]) : Task.CompletedTask;

    public static bool IsAlive(int pid) => pid > 0 && kill(pid, 0) == 0;

    /// <summary>Sends <paramref name="signal"/>, waits up to <paramref name="grace"/>, then kills.</summary>
    public static async Task StopAsync(int pid, int signal, TimeSpan grace)
    {
        if (!IsAlive(pid))
        {
            return;
        }
        _ = kill(pid, signal);
        var deadline = DateTime.UtcNow + grace;
        while (IsAlive(pid) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        if (IsAlive(pid))
        {
            _ = kill(pid, SigKill);
            while (IsAlive(pid) && DateTime.UtcNow < deadline + TimeSpan.FromSeconds(5))
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>The process's command line as /proc shows it (arguments joined by spaces), or null once it has gone.</summary>
    public static string? CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
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

    public static string Quote(string value) => "'" + value.Replace("'", "'\\''") + "'";

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
