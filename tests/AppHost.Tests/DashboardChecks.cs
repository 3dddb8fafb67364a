using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Defis.AppHost.Tests;

/// <summary>
/// The dashboard of a running AppHost: login by the printed link, resources with secrets masked, the
/// services' own logs received over OTLP, console output, queue depths, outbox backlogs, and a restart
/// asked through the API. Run inside the lifecycle test so the platform starts only once.
/// </summary>
public static partial class DashboardChecks
{
    public static Uri LoginUrl(AppHostProcess host) =>
        new(LoginLine().Match(host.Announcements) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No dashboard login link printed."));

    public static async Task VerifyAsync(AppHostProcess host, Func<Func<AppHostState, bool>, string, Task<AppHostState>> waitFor, CancellationToken cancellationToken)
    {
        var login = LoginUrl(host);
        using var anonymous = new HttpClient { BaseAddress = login };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/resources", cancellationToken)).StatusCode);

        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = login, Timeout = TimeSpan.FromSeconds(20) };
        (await browser.GetAsync(login, cancellationToken)).EnsureSuccessStatusCode();
        using var resources = await JsonAsync(browser, "/api/resources", cancellationToken);
        var submission = resources.RootElement.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "submission");
        var environment = submission.GetProperty("environment");
        Assert.Contains("Password=••••••", environment.GetProperty("ConnectionStrings__submission-db").GetString(), StringComparison.Ordinal);
        Assert.Equal("••••••", environment.GetProperty("Authentication__Schemes__Bearer__SigningKeys__0__Value").GetString());
        Assert.Equal(ReceiverLine().Match(host.Announcements).Groups[1].Value, environment.GetProperty("OTEL_EXPORTER_OTLP_ENDPOINT").GetString());
        Assert.True(submission.GetProperty("uptimeSeconds").GetDouble() >= 0);

        await UntilAsync(async () => (await JsonAsync(browser, "/api/logs?service=submission", cancellationToken)).RootElement.GetArrayLength() > 0,
            "the submission service's own logs received over OTLP", cancellationToken);
        Assert.True((await JsonAsync(browser, "/api/console?resource=gateway", cancellationToken)).RootElement.GetArrayLength() > 0, "console lines of the gateway");
        Assert.True((await JsonAsync(browser, "/api/queues", cancellationToken)).RootElement.GetProperty("available").GetBoolean(), "RabbitMQ queue depths");
        var outbox = (await JsonAsync(browser, "/api/outbox", cancellationToken)).RootElement.EnumerateArray().ToList();
        Assert.Equal(5, outbox.Count(o => o.GetProperty("pending").ValueKind == JsonValueKind.Number));

        var before = (await waitFor(_ => true, "a state")).Resources.Single(r => r.Name == "funding");
        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/api/resources/funding/restart", null, cancellationToken)).StatusCode);
        await waitFor(s => s["funding"] is { Pid: { } pid } funding && pid != before.Pid && funding.Restarts > before.Restarts && funding.IsHealthy,
            "funding restarted from the dashboard");
    }

    private static async Task<JsonDocument> JsonAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, cancellationToken);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private static async Task UntilAsync(Func<Task<bool>> probe, string what, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (!await probe())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"Not within 90 s: {what}.");
            await Task.Delay(500, cancellationToken);
        }
    }

    [GeneratedRegex(@"OTLP receiver: gRPC (http\S+),")]
    private static partial Regex ReceiverLine();

    [GeneratedRegex(@"Login to the dashboard at (http\S+)")]
    private static partial Regex LoginLine();
}
