using System.Text.Json;

namespace Defis.Hosting.Orchestration;

/// <summary>&lt;data&gt;/apphost.json: the machine-readable view of the run, rewritten atomically on every change.</summary>
public sealed class StateFile(string path, TimeProvider time, DateTimeOffset startedAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly Dictionary<string, double> _firstHealthy = [];
    private double? _startupSeconds;

    public sealed record Document(
        int AppHostPid, DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, bool AllHealthy, double? StartupSeconds,
        bool Stopped, IReadOnlyList<ResourceSnapshot> Resources, IReadOnlyDictionary<string, double> FirstHealthySeconds);

    /// <summary>Seconds from the AppHost process's start until every resource was first healthy.</summary>
    public double? StartupSeconds => _startupSeconds;

    public void Write(IReadOnlyList<ResourceSnapshot> resources, bool stopped = false)
    {
        var now = time.GetUtcNow();
        var allHealthy = !stopped && resources.All(r => r.IsHealthy);
        foreach (var resource in resources.Where(r => r.IsHealthy))
        {
            _firstHealthy.TryAdd(resource.Name, Math.Round((now - startedAt).TotalSeconds, 2));
        }
        if (allHealthy && _startupSeconds is null)
        {
            _startupSeconds = Math.Round((now - startedAt).TotalSeconds, 2);
        }
        var document = new Document(Environment.ProcessId, startedAt, now, allHealthy, _startupSeconds, stopped, resources, _firstHealthy);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(document, Json));
        File.Move(temporary, path, overwrite: true);
    }

    public static Document? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<Document>(File.ReadAllText(path), Json);
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return null;
        }
    }
}
