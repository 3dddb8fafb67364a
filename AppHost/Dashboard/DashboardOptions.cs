using Defis.Dashboard.Telemetry;

namespace Defis.Dashboard;

/// <summary>Where the dashboard listens (loopback only), how it is secured and how much it keeps.</summary>
public sealed record DashboardOptions
{
    public const int DefaultDashboardPort = 18888;
    public const int DefaultOtlpGrpcPort = 4317;
    public const int DefaultOtlpHttpPort = 4318;

    /// <summary>Folder of the SQLite telemetry file (the AppHost uses &lt;data&gt;/telemetry).</summary>
    public required string TelemetryFolder { get; init; }

    public int DashboardPort { get; init; } = DefaultDashboardPort;

    public int OtlpGrpcPort { get; init; } = DefaultOtlpGrpcPort;

    public int OtlpHttpPort { get; init; } = DefaultOtlpHttpPort;

    /// <summary>The browser login token; generated for each run when not given.</summary>
    public string? BrowserToken { get; init; }

    /// <summary>No login at all: only when explicitly asked for.</summary>
    public bool Unsecured { get; init; }

    /// <summary>When set, every OTLP export must carry it in the x-otlp-api-key header.</summary>
    public string? OtlpApiKey { get; init; }

    public RetentionLimits Retention { get; init; } = RetentionLimits.Default;

    /// <summary>Export requests waiting for the writer; beyond, a request waits <see cref="IngestWait"/> then is refused.</summary>
    public int IngestQueueCapacity { get; init; } = 64;

    public TimeSpan IngestWait { get; init; } = TimeSpan.FromSeconds(2);

    public int ConsoleLinesPerResource { get; init; } = 5_000;

    /// <summary>The largest OTLP request accepted (the exporters send at most 512 items per request).</summary>
    public int MaxRequestBytes { get; init; } = 8 * 1024 * 1024;
}
