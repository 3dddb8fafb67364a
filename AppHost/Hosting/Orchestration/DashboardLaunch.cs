using Defis.Dashboard;
using Defis.Dashboard.Resources;
using Defis.LocalServers;

namespace Defis.Hosting.Orchestration;

/// <summary>
/// Starts the dashboard on the AppHost's options: Aspire's ports (18888, OTLP 4317 and 4318) unless given;
/// a default port already taken (another AppHost, a collector) gives way to a free one rather than failing.
/// </summary>
public static class DashboardLaunch
{
    public static Task<DashboardServer> StartAsync(
        AppHostOptions options, DataFolder data, IResourceSource resources, ConsoleLogBuffer console, TimeProvider time, CancellationToken cancellationToken) =>
        DashboardServer.StartAsync(new DashboardOptions
        {
            TelemetryFolder = data.Telemetry,
            DashboardPort = Port(options.DashboardUrl, DashboardOptions.DefaultDashboardPort, "--dashboard-url"),
            OtlpGrpcPort = Port(options.OtlpEndpointGiven ? options.OtlpEndpoint : null, DashboardOptions.DefaultOtlpGrpcPort, "--otlp-endpoint"),
            OtlpHttpPort = Port(options.OtlpHttpEndpoint, DashboardOptions.DefaultOtlpHttpPort, "--otlp-http-endpoint"),
            BrowserToken = options.DashboardToken,
            Unsecured = options.DashboardUnsecured,
            OtlpApiKey = options.OtlpApiKey,
        }, resources, console, time, cancellationToken);

    private static int Port(string? url, int defaultPort, string option)
    {
        if (url is null)
        {
            return FreePort.IsFree(defaultPort) && FreePort.Reserve(defaultPort) ? defaultPort : FreePort.Next();
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || !uri.IsLoopback)
        {
            throw new InvalidOperationException($"{option} expects a loopback http URL such as http://127.0.0.1:{defaultPort}, not '{url}'.");
        }
        return uri.Port;
    }
}
