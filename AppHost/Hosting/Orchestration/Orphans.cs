using Defis.LocalServers;

namespace Defis.Hosting.Orchestration;

/// <summary>
/// Stops what a previous AppHost on the same data folder left running when it was killed outright
/// (no chance to stop its children): a PID is only signalled if its command line still matches.
/// </summary>
public static class Orphans
{
    public static async Task StopAsync(string stateFile, ConsoleReporter console)
    {
        if (StateFile.Read(stateFile) is not { Stopped: false } previous)
        {
            return;
        }
        foreach (var resource in previous.Resources)
        {
            if (resource is { Pid: { } pid, CommandMarker: { } marker } && LocalProcess.CommandLine(pid) is { } commandLine && commandLine.Contains(marker, StringComparison.Ordinal))
            {
                console.Info($"{resource.Name}: stopping pid {pid} left by an AppHost that did not stop cleanly.");
                await LocalProcess.StopAsync(pid, LocalProcess.SigTerm, TimeSpan.FromSeconds(15));
            }
            if (resource.Ports.TryGetValue("epmd", out var epmdPort))
            {
                await KillEpmdAsync(epmdPort);
            }
        }
    }

    private static async Task KillEpmdAsync(int port)
    {
        try
        {
            await LocalProcess.RunAsync("epmd", ["-port", port.ToString(), "-kill"]);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // No port mapper was left on that port.
        }
    }
}
