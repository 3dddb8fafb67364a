namespace Defis.Hosting.Orchestration;

/// <summary>The AppHost's command line. Connection strings and parameters may also come from the environment, as in Aspire.</summary>
public sealed record AppHostOptions
{
    public const string DefaultOtlpEndpoint = "http://127.0.0.1:4317";

    public const string Usage = """
        Usage: ./defis run [options]     (dotnet run --project AppHost -- [options])

          --data <folder>                 data folder (default: .data/ at the repository root)
          --fresh                         wipe the data folder first (databases, broker, cache, logs, keys)
          --environment <name>            ASPNETCORE_ENVIRONMENT of every project (default: Development)
          --otlp-endpoint <url>           OTEL_EXPORTER_OTLP_ENDPOINT given to projects (default: http://127.0.0.1:4317,
                                          or DOTNET_DASHBOARD_OTLP_ENDPOINT_URL when set)
          --connection-string <name>=<v>  use an existing server for a resource instead of starting one
                                          (same as the environment variable ConnectionStrings__<name>)
          --quiet                         do not echo resource output on the console (it stays in <data>/logs/)
          --help                          this text

        State: <data>/apphost.json (resources, state, PID, URLs, restarts). Logs: <data>/logs/<resource>.log.
        """;

    public required string DataFolder { get; init; }

    public bool Fresh { get; init; }

    public string Environment { get; init; } = "Development";

    public string OtlpEndpoint { get; init; } = DefaultOtlpEndpoint;

    public bool Quiet { get; init; }

    public bool ShowHelp { get; init; }

    /// <summary>Configured connection strings by resource name: those resources are not started.</summary>
    public IReadOnlyDictionary<string, string> ConnectionStrings { get; init; } = new Dictionary<string, string>();

    /// <summary>Configured parameter values (Parameters__{name}).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    public static AppHostOptions Parse(IReadOnlyList<string> args, string defaultDataFolder, IReadOnlyDictionary<string, string> environment)
    {
        var connectionStrings = Prefixed(environment, "ConnectionStrings__");
        var options = new AppHostOptions
        {
            DataFolder = defaultDataFolder,
            OtlpEndpoint = environment.GetValueOrDefault("DOTNET_DASHBOARD_OTLP_ENDPOINT_URL") ?? DefaultOtlpEndpoint,
            Parameters = Prefixed(environment, "Parameters__"),
        };
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--data" => options with { DataFolder = Path.GetFullPath(Value()) },
                "--fresh" => options with { Fresh = true },
                "--environment" => options with { Environment = Value() },
                "--otlp-endpoint" => options with { OtlpEndpoint = Value() },
                "--quiet" => options with { Quiet = true },
                "--help" or "-h" => options with { ShowHelp = true },
                "--connection-string" => WithConnectionString(options, connectionStrings, Value()),
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }
        return options with { ConnectionStrings = connectionStrings };
    }

    private static AppHostOptions WithConnectionString(AppHostOptions options, Dictionary<string, string> connectionStrings, string pair)
    {
        var separator = pair.IndexOf('=');
        if (separator <= 0)
        {
            throw new ArgumentException($"--connection-string expects <name>=<connection string>, not '{pair}'.");
        }
        connectionStrings[pair[..separator]] = pair[(separator + 1)..];
        return options;
    }

    private static Dictionary<string, string> Prefixed(IReadOnlyDictionary<string, string> environment, string prefix) =>
        environment.Where(e => e.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && e.Value.Length > 0)
            .ToDictionary(e => e.Key[prefix.Length..], e => e.Value, StringComparer.OrdinalIgnoreCase);
}
