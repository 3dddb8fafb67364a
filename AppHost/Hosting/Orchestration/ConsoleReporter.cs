using System.Text;

namespace Defis.Hosting.Orchestration;

/// <summary>
/// The AppHost's console: resource output prefixed by the resource's name, one line per state change,
/// and the resource table (state, health, PID, restarts, URLs) once all are healthy and after each later change.
/// </summary>
public sealed class ConsoleReporter
{
    public const string AppHostName = "apphost";
    private static readonly int[] Colours = [36, 32, 33, 35, 34, 96, 92, 93, 95, 94];
    private readonly object _gate = new();
    private readonly bool _colour = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
    private readonly Dictionary<string, int> _colourOf = [];
    private readonly int _width;

    public ConsoleReporter(IEnumerable<string> resourceNames)
    {
        var names = resourceNames.Append(AppHostName).ToList();
        _width = names.Max(n => n.Length);
        for (var i = 0; i < names.Count; i++)
        {
            _colourOf[names[i]] = Colours[i % Colours.Length];
        }
    }

    /// <summary>Also receives every line (the dashboard's console page).</summary>
    public Action<string, string>? Mirror { get; set; }

    public void Line(string resource, string text)
    {
        Mirror?.Invoke(resource, text);
        var prefix = resource.PadRight(_width);
        lock (_gate)
        {
            Console.Out.WriteLine(_colour && _colourOf.TryGetValue(resource, out var c) ? $"\u001b[{c}m{prefix} |\u001b[0m {text}" : $"{prefix} | {text}");
        }
    }

    public void Info(string text) => Line(AppHostName, text);

    public void StateChanged(ResourceSnapshot? previous, ResourceSnapshot next)
    {
        if (previous is not null && previous.State == next.State && previous.Health == next.Health && previous.Pid == next.Pid)
        {
            return;
        }
        var health = next.Health is { } h ? $", {h}" : "";
        var pid = next.Pid is { } p ? $" (pid {p})" : "";
        var exit = next.State == ResourceState.Exited && next.ExitCode is { } code ? $" with code {code}" : "";
        Info($"{next.Name}: {next.State}{health}{exit}{pid}");
    }

    public void Table(IReadOnlyList<ResourceSnapshot> snapshots)
    {
        var rows = snapshots.Select(s => new[]
        {
            s.Name, s.Type, s.State.ToString(), s.Health?.ToString() ?? "-", s.Pid?.ToString() ?? "-", s.Restarts.ToString(),
            string.Join(" ", s.Urls.Select(u => $"{u.Key}={u.Value}")),
        }).Prepend(["RESOURCE", "TYPE", "STATE", "HEALTH", "PID", "RESTARTS", "URLS"]).ToList();
        var widths = Enumerable.Range(0, 7).Select(i => rows.Max(r => r[i].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendLine("  " + string.Join("  ", row.Select((cell, i) => i < 6 ? cell.PadRight(widths[i]) : cell)).TrimEnd());
        }
        lock (_gate)
        {
            Console.Out.WriteLine();
            Console.Out.Write(text);
            Console.Out.WriteLine();
        }
    }
}
