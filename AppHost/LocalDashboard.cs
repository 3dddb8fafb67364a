namespace Defis.AppHost;

/// <summary>
/// How the Aspire dashboard runs locally when nothing else says (the launch profile, the environment or
/// arguments win): plain HTTP on loopback, fixed ports people can bookmark, telemetry kept across runs,
/// no package search at start-up (only the package registries are reachable here).
/// </summary>
public static class LocalDashboard
{
    public const string Url = "http://127.0.0.1:18888";

    private static readonly Dictionary<string, string> Defaults = new()
    {
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["ASPNETCORE_URLS"] = Url,
        ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = "http://127.0.0.1:4317",
        ["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = "http://127.0.0.1:4318",
        ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = "http://127.0.0.1:18890",
        ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
        ["ASPIRE_VERSION_CHECK_DISABLED"] = "true",
        ["ASPIRE_DASHBOARD_PERSISTENCE_MODE"] = "Resume",
    };

    /// <summary>Sets each default the process environment does not already have, before the builder reads it.</summary>
    public static void ApplyDefaults()
    {
        foreach (var (name, value) in Defaults)
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)))
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
