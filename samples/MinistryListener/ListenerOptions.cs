using System.Text.Json;

namespace Defis.Samples.MinistryListener;

/// <summary>
/// Where the platform is and who the ministry is. Either <c>--data &lt;folder&gt;</c> of a local <c>./defis run</c>
/// (the gateway and identity at their fixed loopback addresses, the broker's port from its ports.json, the client
/// secret from its file), or each
/// address given: <c>--gateway</c>, <c>--identity</c>, <c>--amqp</c>, <c>--client-secret</c> (or DEFIS_CLIENT_SECRET).
/// </summary>
public sealed record ListenerOptions(Uri Gateway, Uri Identity, Uri Broker, string ClientId, string ClientSecret,
    string Queue, string StateFile, IReadOnlyList<string> Programmes)
{
    public const string Usage = """
        MinistryListener [--data <apphost data folder>] [--gateway <url>] [--identity <url>] [--amqp <amqp url>]
                         [--client-id demo-ministere] [--client-secret <secret>] [--queue <durable queue name>]
                         [--state <file>] [--programme <programme id>]...
        """;

    public static ListenerOptions Parse(string[] args)
    {
        var values = new Dictionary<string, List<string>>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.\n{Usage}");
            }
            (values.TryGetValue(args[i], out var list) ? list : values[args[i]] = []).Add(args[i + 1]);
        }
        if (args.Length % 2 == 1)
        {
            throw new ArgumentException($"'{args[^1]}' needs a value.\n{Usage}");
        }
        string? One(string name) => values.TryGetValue(name, out var list) ? list[^1] : null;
        var local = One("--data") is { } data ? LocalPlatform.Read(data) : null;
        return new ListenerOptions(
            new Uri(One("--gateway") ?? local?.Gateway ?? Missing("--gateway")),
            new Uri(One("--identity") ?? local?.Identity ?? Missing("--identity")),
            new Uri(One("--amqp") ?? local?.Broker ?? Missing("--amqp")),
            One("--client-id") ?? "demo-ministere",
            One("--client-secret") ?? Environment.GetEnvironmentVariable("DEFIS_CLIENT_SECRET") ?? local?.ClientSecret ?? Missing("--client-secret"),
            One("--queue") ?? "ministere-demo-financement",
            One("--state") ?? "ministry-listener-state.json",
            values.TryGetValue("--programme", out var programmes) ? programmes : []);
    }

    private static string Missing(string option) => throw new ArgumentException($"{option} is required (or --data <folder> of ./defis run).\n{Usage}");

    /// <summary>
    /// A local <c>./defis run</c>: the gateway and identity on their fixed loopback ports (the AppHost's), the broker's
    /// port as the AppHost keeps it in <c>ports.json</c>, the ministry client's secret from its file.
    /// </summary>
    private sealed record LocalPlatform(string Gateway, string Identity, string Broker, string ClientSecret)
    {
        public static LocalPlatform Read(string folder)
        {
            using var ports = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "ports.json")));
            // The local broker keeps RabbitMQ's default account, reachable on loopback only.
            var broker = $"amqp://guest:guest@127.0.0.1:{ports.RootElement.GetProperty("messaging").GetInt32()}";
            return new LocalPlatform("http://127.0.0.1:5000", "http://127.0.0.1:5151", broker,
                File.ReadAllText(Path.Combine(folder, "ministry-client-secret")).Trim());
        }
    }
}
