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
          --otlp-endpoint <url>           OTLP/gRPC endpoint: the dashboard's receiver listens there and every project
                                          exports to it (default: http://127.0.0.1:4317, or DOTNET_DASHBOARD_OTLP_ENDPOINT_URL)
          --otlp-http-endpoint <url>      the receiver's OTLP/HTTP endpoint (default: http://127.0.0.1:4318,
                                          or DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL)
          --dashboard-url <url>           the dashboard (default: http://127.0.0.1:18888); its login link is printed at start-up
          --dashboard-token <token>       a fixed browser token instead of one per run (or AppHost__BrowserToken)
          --dashboard-unsecured           no login at all (or DOTNET_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true)
          --otlp-api-key <key>            require this x-otlp-api-key on ingestion; projects get it (or AppHost__OtlpApiKey)
          --no-dashboard                  no dashboard and no receiver: projects export to --otlp-endpoint
          --connection-string <name>=<v>  use an existing server for a resource instead of starting one
                                          (same as the environment variable ConnectionStrings__<name>)
          --quiet                         do not echo resource output on the console (it stays in <data>/logs/)
          --help                          this text

        A default port already taken is replaced by a free one (the console says which); a port given explicitly must be free.
        State: <data>/apphost.json (resources, state, PID, URLs, restarts). Logs: <data>/logs/<resource>.log.
        Telemetry: <data>/telemetry/telemetry.db (SQLite, kept between runs within retention limits).
        """;

    public required string DataFolder { get; init; }

    public bool Fresh { get; init; }

    public string Environment { get; init; } = "Development";

    public string OtlpEndpoint { get; init; } = DefaultOtlpEndpoint;

    /// <summary>Whether --otlp-endpoint (or DOTNET_DASHBOARD_OTLP_ENDPOINT_URL) was given: then its port must be free.</summary>
    public bool OtlpEndpointGiven { get; init; }

    /// <summary>Null: http://127.0.0.1:4318, or a free port when that one is taken.</summary>
    public string? OtlpHttpEndpoint { get; init; }

    /// <summary>Null: http://127.0.0.1:18888, or a free port when that one is taken.</summary>
    public string? DashboardUrl { get; init; }

    public bool Dashboard { get; init; } = true;

    public bool DashboardUnsecured { get; init; }

    public string? DashboardToken { get; init; }

    public string? OtlpApiKey { get; init; }

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
            OtlpEndpointGiven = environment.ContainsKey("DOTNET_DASHBOARD_OTLP_ENDPOINT_URL"),
            OtlpHttpEndpoint = environment.GetValueOrDefault("DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"),
            DashboardUnsecured = string.Equals(environment.GetValueOrDefault("DOTNET_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"), "true", StringComparison.OrdinalIgnoreCase),
            DashboardToken = environment.GetValueOrDefault("AppHost__BrowserToken"),
            OtlpApiKey = environment.GetValueOrDefault("AppHost__OtlpApiKey"),
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
                "--otlp-endpoint" => options with { OtlpEndpoint = Value(), OtlpEndpointGiven = true },
                "--otlp-http-endpoint" => options with { OtlpHttpEndpoint = Value() },
                "--dashboard-url" => options with { DashboardUrl = Value() },
                "--dashboard-token" => options with { DashboardToken = Value() },
                "--dashboard-unsecured" => options with { DashboardUnsecured = true },
                "--otlp-api-key" => options with { OtlpApiKey = Value() },
                "--no-dashboard" => options with { Dashboard = false },
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
