using System.Net;
using System.Text.Json;
using Defis.Dashboard.Resources;
using Defis.Hosting.Orchestration;

namespace Defis.Dashboard.Tests;

/// <summary>The resource pages' API over an orchestrator stand-in: what is shown (masked, with uptime), console lines, commands.</summary>
public sealed class ResourcesApiTests : IAsyncLifetime
{
    private readonly ConsoleLogBuffer _console = new(10, TimeProvider.System);
    private readonly FakeOrchestrator _orchestrator = new();
    private RunningDashboard _dashboard = null!;

    public async ValueTask InitializeAsync()
    {
        _dashboard = await RunningDashboard.StartAsync(resources: _orchestrator, console: _console);
        await _dashboard.SignInAsync();
    }

    public async ValueTask DisposeAsync() => await _dashboard.DisposeAsync();

    [Fact]
    public async Task Resources_are_shown_with_secrets_masked_uptime_and_their_commands()
    {
        using var list = JsonDocument.Parse(await _dashboard.Api.GetStringAsync("/api/resources", TestContext.Current.CancellationToken));
        var submission = list.RootElement.EnumerateArray().Single();
        var environment = submission.GetProperty("environment");
        Assert.Equal("Host=h;Password=••••••;Database=submission-db", environment.GetProperty("ConnectionStrings__submission-db").GetString());
        Assert.Equal("••••••", environment.GetProperty("Parameters__signing-key").GetString());
        Assert.Equal("submission", environment.GetProperty("OTEL_SERVICE_NAME").GetString());
        Assert.InRange(submission.GetProperty("uptimeSeconds").GetDouble(), 59, 3600);
        Assert.Equal(["stop", "restart"], submission.GetProperty("commands").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Commands_reach_the_orchestrator_and_its_refusals_are_conflicts()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.NoContent, (await _dashboard.Api.PostAsync("/api/resources/submission/restart", null, cancellationToken)).StatusCode);
        Assert.Equal(("submission", ResourceCommand.Restart), Assert.Single(_orchestrator.Received));
        using var refused = await _dashboard.Api.PostAsync("/api/resources/postgres/stop", null, cancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("infrastructure", await refused.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_lines_follow_per_resource_and_interleaved()
    {
        _console.Add("submission", "démarré");
        _console.Add("gateway", "prêt");
        using var all = JsonDocument.Parse(await _dashboard.Api.GetStringAsync("/api/console", TestContext.Current.CancellationToken));
        Assert.Equal(["démarré", "prêt"], all.RootElement.EnumerateArray().Select(l => l.GetProperty("text").GetString()));
        var first = all.RootElement[0].GetProperty("sequence").GetInt64();
        using var after = JsonDocument.Parse(await _dashboard.Api.GetStringAsync($"/api/console?after={first}", TestContext.Current.CancellationToken));
        Assert.Equal("gateway", Assert.Single(after.RootElement.EnumerateArray()).GetProperty("resource").GetString());
    }

    private sealed class FakeOrchestrator : IResourceSource
    {
        public List<(string, ResourceCommand)> Received { get; } = [];

        public IReadOnlyList<ResourceView> Resources() =>
        [
            new("submission", "Project", "Running")
            {
                Health = "Healthy", Pid = 42, StartedAt = DateTimeOffset.UtcNow.AddMinutes(-1).AddSeconds(-1), Commands = ["stop", "restart"],
                Environment = new Dictionary<string, string>
                {
                    ["ConnectionStrings__submission-db"] = "Host=h;Password=secret;Database=submission-db",
                    ["Parameters__signing-key"] = "c2VjcmV0",
                    ["OTEL_SERVICE_NAME"] = "submission",
                },
            },
        ];

        public Task<string?> ExecuteAsync(string resource, ResourceCommand command, CancellationToken cancellationToken)
        {
            if (resource != "submission")
            {
                return Task.FromResult<string?>($"{resource} ne se pilote pas depuis le tableau de bord (infrastructure).");
            }
            Received.Add((resource, command));
            return Task.FromResult<string?>(null);
        }

        public InfrastructureEndpoints Infrastructure() => InfrastructureEndpoints.None;
    }
}

public sealed class AppHostDashboardOptionsTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public void Dashboard_options_come_from_the_command_line_or_aspire_variables()
    {
        var options = AppHostOptions.Parse(
            ["--dashboard-url", "http://127.0.0.1:19000", "--otlp-api-key", "k", "--dashboard-token", "t", "--otlp-http-endpoint", "http://127.0.0.1:19001"], "/d", NoEnvironment);
        Assert.Equal(("http://127.0.0.1:19000", "k", "t", "http://127.0.0.1:19001", true, false, false),
            (options.DashboardUrl, options.OtlpApiKey, options.DashboardToken, options.OtlpHttpEndpoint, options.Dashboard, options.DashboardUnsecured, options.OtlpEndpointGiven));
        var fromEnvironment = AppHostOptions.Parse([], "/d", new Dictionary<string, string>
        {
            ["DOTNET_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true", ["DOTNET_DASHBOARD_OTLP_ENDPOINT_URL"] = "http://127.0.0.1:14317",
        });
        Assert.Equal((true, true, "http://127.0.0.1:14317"), (fromEnvironment.DashboardUnsecured, fromEnvironment.OtlpEndpointGiven, fromEnvironment.OtlpEndpoint));
        Assert.False(AppHostOptions.Parse(["--no-dashboard"], "/d", NoEnvironment).Dashboard);
    }
}
