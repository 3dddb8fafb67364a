using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Defis.Deployment.Tests.Rendering;

/// <summary>
/// The AppHost's publish manifest (<c>--publisher manifest</c>, decision 0018): the project resources with the
/// environment Aspire gives each, and the server (container) resources each of them uses.
/// </summary>
public sealed partial class AppHostManifest(JsonElement resources)
{
    public IReadOnlyList<string> Projects { get; } =
        [.. resources.EnumerateObject().Where(r => Type(r.Value).StartsWith("project.", StringComparison.Ordinal)).Select(r => r.Name)];

    public IReadOnlyList<string> Servers { get; } =
        [.. resources.EnumerateObject().Where(r => Type(r.Value).StartsWith("container.", StringComparison.Ordinal)).Select(r => r.Name)];

    public IReadOnlyDictionary<string, string> Environment(string project) =>
        resources.GetProperty(project).TryGetProperty("env", out var env)
            ? env.EnumerateObject().ToDictionary(v => v.Name, v => v.Value.GetString() ?? "")
            : new Dictionary<string, string>();

    /// <summary>The names of a resource's bindings (a project's http, grpc, https).</summary>
    public IReadOnlyList<string> Bindings(string resource) =>
        resources.GetProperty(resource).TryGetProperty("bindings", out var bindings) ? [.. bindings.EnumerateObject().Select(b => b.Name)] : [];

    /// <summary>The target port of a server's first binding (PostgreSQL 5432, RabbitMQ 5672, Redis 6379).</summary>
    public int Port(string server) =>
        resources.GetProperty(server).GetProperty("bindings").EnumerateObject().First().Value.GetProperty("targetPort").GetInt32();

    /// <summary>The tag of the image a server (container resource) is published with: its version.</summary>
    public string ImageTag(string server) => Tag(resources.GetProperty(server).GetProperty("image").GetString() ?? "");

    /// <summary>What follows the last ':' of an image's last path segment (empty when untagged).</summary>
    public static string Tag(string image)
    {
        var lastSegment = image[(image.LastIndexOf('/') + 1)..].Split('@')[0];
        return lastSegment.Contains(':') ? lastSegment[(lastSegment.IndexOf(':') + 1)..] : "";
    }

    /// <summary>The projects whose environment leads to <paramref name="server"/>, directly or through a resource of it (a database).</summary>
    public IReadOnlySet<string> UsersOf(string server) =>
        Projects.Where(p => Environment(p).Values.Any(value => Leads(value, server, depth: 0))).ToHashSet();

    private bool Leads(string text, string server, int depth) =>
        depth < 5 && Reference().Matches(text).Select(m => m.Groups[1].Value).Distinct().Any(name =>
            name == server || (resources.TryGetProperty(name, out var resource) && !Type(resource).StartsWith("project.", StringComparison.Ordinal)
                && resource.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String)
                    .Any(p => Leads(p.Value.GetString()!, server, depth + 1))));

    /// <summary>
    /// Whether a value carries a secret: a connection string (they hold the servers' passwords) or a parameter the
    /// AppHost declares secret (the signing key, the demo password, the ministry client's secret).
    /// </summary>
    public bool IsSecret(string value) =>
        value.Contains(".connectionString}", StringComparison.Ordinal)
        || Reference().Matches(value).Select(m => m.Groups[1].Value).Any(name =>
            resources.TryGetProperty(name, out var resource)
            && resource.TryGetProperty("inputs", out var inputs)
            && inputs.EnumerateObject().Any(i => i.Value.TryGetProperty("secret", out var secret) && secret.GetBoolean()));

    private static string Type(JsonElement resource) => resource.GetProperty("type").GetString() ?? "";

    [GeneratedRegex(@"\{([a-z0-9-]+)\.")]
    private static partial Regex Reference();

    /// <summary>Runs the built AppHost (same configuration as this test) in publish mode and reads what it writes.</summary>
    public static async Task<AppHostManifest> PublishAsync(string folder)
    {
        var configuration = typeof(AppHostManifest).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var appHost = Path.Combine(Repository.Root, "AppHost", "bin", configuration, "net10.0", "Defis.AppHost.dll");
        if (!File.Exists(appHost))
        {
            throw new InvalidOperationException($"{appHost} is missing: build tests/Deployment.Tests (it builds the AppHost).");
        }
        var output = Path.Combine(folder, "aspire-manifest.json");
        await Tool.RunAsync("dotnet", [appHost, "--publisher", "manifest", "--output-path", output], folder, "the .NET SDK is needed.");
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        return new AppHostManifest(document.RootElement.GetProperty("resources").Clone());
    }
}
