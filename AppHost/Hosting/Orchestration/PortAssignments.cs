using System.Text.Json;
using Defis.LocalServers;

namespace Defis.Hosting.Orchestration;

/// <summary>
/// Loopback ports kept per data folder, so URLs stay the same from run to run (and RabbitMQ, whose
/// node name carries its port, finds its data again). A kept port that is now taken is replaced.
/// </summary>
public sealed class PortAssignments(string file)
{
    private readonly Dictionary<string, int> _kept = Load(file);
    private readonly Dictionary<string, int> _assigned = [];

    public int Get(string key)
    {
        lock (_assigned)
        {
            if (_assigned.TryGetValue(key, out var port))
            {
                return port;
            }
            port = _kept.TryGetValue(key, out var kept) && !_assigned.ContainsValue(kept) && FreePort.IsFree(kept) && FreePort.Reserve(kept)
                ? kept
                : NewPort();
            _assigned[key] = port;
            File.WriteAllText(file, JsonSerializer.Serialize(_kept.Concat(_assigned).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value)));
            return port;
        }
    }

    private int NewPort()
    {
        while (true)
        {
            var port = FreePort.Next();
            if (!_assigned.ContainsValue(port) && !_kept.ContainsValue(port))
            {
                return port;
            }
        }
    }

    private static Dictionary<string, int> Load(string file)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, int>>(File.ReadAllText(file)) ?? [];
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return [];
        }
    }
}
