using System.Net;
using System.Net.Http.Json;
using Defis.Dashboard.Resources;
using Defis.LocalServers;

namespace Defis.Dashboard.Tests;

/// <summary>A dashboard on free loopback ports and a temporary folder, with a signed-in API client.</summary>
public sealed class RunningDashboard : IAsyncDisposable
{
    public const string Token = "0123456789abcdef0123456789abcdef";

    private RunningDashboard(DashboardServer server, string folder)
    {
        Server = server;
        Folder = folder;
        Api = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = server.DashboardUrl };
    }

    public DashboardServer Server { get; }

    public string Folder { get; }

    /// <summary>Signed in by <see cref="SignInAsync"/>.</summary>
    public HttpClient Api { get; }

    public static async Task<RunningDashboard> StartAsync(Func<DashboardOptions, DashboardOptions>? configure = null, IResourceSource? resources = null, ConsoleLogBuffer? console = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"defis-dashboard-test-{Guid.NewGuid():N}");
        var options = new DashboardOptions
        {
            TelemetryFolder = folder, DashboardPort = FreePort.Next(), OtlpGrpcPort = FreePort.Next(), OtlpHttpPort = FreePort.Next(), BrowserToken = Token,
        };
        var server = await DashboardServer.StartAsync(configure?.Invoke(options) ?? options, resources ?? new NoResources(),
            console ?? new ConsoleLogBuffer(100, TimeProvider.System), TimeProvider.System, TestContext.Current.CancellationToken);
        return new RunningDashboard(server, folder);
    }

    public async Task SignInAsync()
    {
        using var response = await Api.GetAsync($"/login?t={Token}", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<T> GetAsync<T>(string path) =>
        (await Api.GetFromJsonAsync<T>(path, TestContext.Current.CancellationToken))!;

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
