using System.Collections;
using System.Diagnostics;
using Defis.Hosting.Orchestration;

namespace Defis.Hosting;

/// <summary>
/// The running platform: infrastructure as local processes, projects from their build output, wired
/// with Aspire's environment. Run() returns after Ctrl+C or SIGTERM once everything has stopped.
/// </summary>
public sealed class DistributedApplication(IReadOnlyList<IResource> resources, string[] args, BuildInfo build)
{
    /// <summary>Relative to the AppHost's folder: the repository's git-ignored .data/.</summary>
    private const string DefaultDataFolder = "../.data";

    public static IDistributedApplicationBuilder CreateBuilder(string[] args) =>
        new DistributedApplicationBuilder(args, BuildInfo.FromEntryAssembly());

    public void Run() => Environment.ExitCode = RunAsync().GetAwaiter().GetResult();

    /// <summary>Runs until stopped; returns the process exit code (0 after an orderly stop).</summary>
    public async Task<int> RunAsync()
    {
        AppHostOptions options;
        try
        {
            options = AppHostOptions.Parse(args, Path.GetFullPath(Path.Combine(build.AppHostDirectory, DefaultDataFolder)), EnvironmentVariables());
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"{e.Message}\n\n{AppHostOptions.Usage}");
            return 2;
        }
        if (options.ShowHelp)
        {
            Console.Out.WriteLine(AppHostOptions.Usage);
            return 0;
        }
        var data = new DataFolder(options.DataFolder);
        data.Create();
        using var instance = InstanceLock.TryAcquire(data.LockFile);
        if (instance is null)
        {
            var other = StateFile.Read(data.StateFile)?.AppHostPid.ToString() ?? "unknown";
            Console.Error.WriteLine($"Another AppHost is already running on {data.Root} (pid {other}). Stop it first (Ctrl+C in its terminal), or use --data <another folder>.");
            return 3;
        }
        var console = new ConsoleReporter(resources.Where(r => r is not ParameterResource).Select(r => r.Name));
        await Orphans.StopAsync(data.StateFile, console);
        if (options.Fresh)
        {
            console.Info($"--fresh: wiping {data.Root}");
            data.Wipe();
        }
        data.CreateLogs();
        return await new ApplicationRun(resources, options, build, data, console, TimeProvider.System, ProcessStart()).RunAsync();
    }

    private static IReadOnlyDictionary<string, string> EnvironmentVariables() =>
        Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");

    private static DateTimeOffset ProcessStart()
    {
        using var self = Process.GetCurrentProcess();
        return new DateTimeOffset(self.StartTime.ToUniversalTime(), TimeSpan.Zero);
    }
}
