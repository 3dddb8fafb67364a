using System.Diagnostics;

namespace Defis.Benchmarking;

/// <summary>The machine the figures were measured on, printed with them; the load average says whether it was shared.</summary>
public static class Machine
{
    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    public static string Describe()
    {
        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim();
        var memory = File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var os = File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=')[1].Trim('"');
        return $"{Environment.ProcessorCount} cores {model}, {long.Parse(memory) / 1024 / 1024} GiB, {os}, .NET SDK {SdkVersion()}, runtime {Environment.Version}";
    }

    /// <summary>Prints the machine line and the load average before a run.</summary>
    public static void Print() => Console.WriteLine($"Machine: {Describe()}; load average {LoadAverage()}");

    private static string SdkVersion()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true })!;
            var version = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return version;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (dotnet not on PATH)";
        }
    }
}
