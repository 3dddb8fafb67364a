using System.Net;
using System.Text.Json;

namespace Defis.AppHost.Tests.EndToEnd;

/// <summary>One trace's spans as the dashboard's API gives them, after signing in with the printed login link.</summary>
public sealed class DashboardTrace : IDisposable
{
    private readonly HttpClient _browser;

    private DashboardTrace(HttpClient browser) => _browser = browser;

    public sealed record Span(string Service, string Name, string Kind)
    {
        public override string ToString() => $"{Service}/{Kind}/{Name}";
    }

    public static async Task<DashboardTrace> SignInAsync(AppHostProcess host, CancellationToken cancellationToken)
    {
        var login = DashboardChecks.LoginUrl(host);
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = login, Timeout = TimeSpan.FromSeconds(20) };
        (await browser.GetAsync(login, cancellationToken)).EnsureSuccessStatusCode();
        return new DashboardTrace(browser);
    }

    /// <summary>The spans received so far for the trace (none while its exporters have not flushed).</summary>
    public async Task<IReadOnlyList<Span>> SpansAsync(string traceId, CancellationToken cancellationToken)
    {
        using var response = await _browser.GetAsync($"/api/traces/{traceId}", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return [.. json.RootElement.EnumerateArray().Select(s => new Span(
            s.GetProperty("service").GetString()!, s.GetProperty("name").GetString()!, s.GetProperty("kind").GetString()!))];
    }

    public void Dispose() => _browser.Dispose();
}
