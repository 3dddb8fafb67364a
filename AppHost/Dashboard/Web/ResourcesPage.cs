using Defis.Dashboard.Resources;

namespace Defis.Dashboard.Web;

/// <summary>A resource as the API shows it: secrets masked, uptime computed.</summary>
public sealed record ShownResource(
    string Name, string Type, string State, string? Health, int? Pid, int Restarts, int? ExitCode, DateTimeOffset? StartedAt,
    double? UptimeSeconds, IReadOnlyDictionary<string, string> Urls, IReadOnlyDictionary<string, string> Environment, IReadOnlyList<string> Commands);

public static class ResourcesPage
{
    public static ShownResource Shown(ResourceView r, DateTimeOffset now) => new(
        r.Name, r.Type, r.State, r.Health, r.Pid, r.Restarts, r.ExitCode, r.StartedAt,
        r.StartedAt is { } started && r.Pid is not null ? Math.Round((now - started).TotalSeconds) : null,
        r.Urls.ToDictionary(u => u.Key, u => SecretMasking.Value("url", u.Value)), SecretMasking.Environment(r.Environment), r.Commands);
}
