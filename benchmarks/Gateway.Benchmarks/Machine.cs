namespace Defis.Benchmarks.Gateway;

/// <summary>The machine the figures were measured on, written next to them; the load average says whether it was shared.</summary>
public static class Machine
{
    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    public static string Describe()
    {
        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim();
        var memory = File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var os = File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=')[1].Trim('"');
        return $"{Environment.ProcessorCount} cores {model}, {long.Parse(memory) / 1024 / 1024} GiB, {os}, .NET runtime {Environment.Version}";
    }
}
