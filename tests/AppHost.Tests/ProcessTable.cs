using System.Globalization;

namespace Defis.AppHost.Tests;

/// <summary>What /proc says about processes and listening sockets.</summary>
public static class ProcessTable
{
    /// <summary>A process, identified by PID and start time so that a reused PID is not mistaken for it.</summary>
    public sealed record Entry(int Pid, long StartTime, string Command);

    public static IReadOnlyList<Entry> DescendantsOf(int root)
    {
        var all = Directory.EnumerateDirectories("/proc").Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? Read(pid) : null)
            .OfType<(Entry Entry, int Parent)>().ToList();
        var found = new List<Entry>();
        var parents = new HashSet<int> { root };
        bool added;
        do
        {
            var next = all.Where(p => parents.Contains(p.Parent) && !parents.Contains(p.Entry.Pid)).ToList();
            added = next.Count > 0;
            foreach (var (entry, _) in next)
            {
                parents.Add(entry.Pid);
                found.Add(entry);
            }
        }
        while (added);
        return found;
    }

    public static Entry? Find(int pid) => Read(pid)?.Entry;

    public static IReadOnlyList<Entry> All() =>
        [.. Directory.EnumerateDirectories("/proc").Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? Read(pid) : null)
            .OfType<(Entry Entry, int Parent)>().Select(p => p.Entry)];

    /// <summary>The process's environment variables ("NAME=value"), or none once it has gone.</summary>
    public static IReadOnlyList<string> Environment(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/environ").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    public static bool IsAlive(Entry entry) => Read(entry.Pid) is { } now && now.Entry.StartTime == entry.StartTime && !IsZombie(entry.Pid);

    /// <summary>Loopback or wildcard TCP ports in LISTEN state (IPv4 and IPv6).</summary>
    public static IReadOnlySet<int> ListeningPorts() =>
        new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists).SelectMany(File.ReadLines)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 3 && f[3] == "0A")
            .Select(f => int.Parse(f[1][(f[1].LastIndexOf(':') + 1)..], NumberStyles.HexNumber))
            .ToHashSet();

    private static (Entry Entry, int Parent)? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command (field 2) is in parentheses and may contain spaces: parse after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var command = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
            return (new Entry(pid, long.Parse(fields[19], CultureInfo.InvariantCulture), command), int.Parse(fields[1], CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] == 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
