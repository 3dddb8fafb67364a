using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.Browser;

/// <summary>
/// What an SRE does with the trace id the gateway gave a user: signs in to the Aspire dashboard with the login link,
/// opens the trace and reads its spans across gateway, submission and the notification consumer. Real Chromium
/// (Debian's, no browser download) driven by Playwright; a screenshot is kept in the test output either way.
/// </summary>
public sealed class DashboardBrowser(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    // Services export spans every few seconds and the consumer runs after the outbox relay: the trace fills in over time.
    private static readonly TimeSpan TraceBound = TimeSpan.FromSeconds(150);
    private static readonly TimeSpan RenderPatience = TimeSpan.FromSeconds(15);

    public static string ScreenshotPath { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "aspire-dashboard-trace.png");

    public async Task FindTraceAsync(AspirePlatform platform, string traceId)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: `./defis setup` installs Debian's chromium package.");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1400 }, Locale = "en-US" });
        try
        {
            await SignInAsync(page, platform);
            await page.GotoAsync(new Uri(platform.Dashboard, $"/traces/detail/{traceId}").ToString());
            await WaitForSpansAsync(page);
        }
        catch
        {
            // What the dashboard showed instead, without hiding the failure if the page is gone too.
            try
            {
                output.WriteLine($"Page {page.Url}: {await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 })}");
            }
            catch (PlaywrightException e)
            {
                output.WriteLine($"No page to show: {e.Message}");
            }
            throw;
        }
        finally
        {
            await SaveScreenshotAsync(page);
        }
    }

    /// <summary>The printed login link; where the page still asks for the token, typed in as a person would.</summary>
    private static async Task SignInAsync(IPage page, AspirePlatform platform)
    {
        await page.GotoAsync(platform.LoginUrl.ToString());
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (page.Url.Contains("/login", StringComparison.Ordinal))
        {
            await page.GetByPlaceholder("Enter token to log in...").First.FillAsync(platform.BrowserToken);
            await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        }
        // Polled, not awaited as a navigation, which can be missed when it lands between the check and the listener.
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/login"), new() { Timeout = 30_000 });
    }

    private async Task SaveScreenshotAsync(IPage page)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
            await page.ScreenshotAsync(new() { Path = ScreenshotPath, FullPage = true });
            output.WriteLine($"Screenshot: {ScreenshotPath}");
        }
        catch (PlaywrightException e)
        {
            output.WriteLine($"No screenshot: {e.Message}");
        }
    }

    /// <summary>
    /// The trace's page, reloaded until its span rows show the gateway's request, Submission's submit and Notification's
    /// consumer of the filing's event (the rows are in the grid's shadow DOM, which Playwright's text locators reach).
    /// The dashboard renders its grid over its live connection after the page has loaded: each load is given time to
    /// draw its rows before the next reload.
    /// </summary>
    private static async Task WaitForSpansAsync(IPage page)
    {
        string[] spans = ["POST /api/v1/dossiers/{**rest}", "POST /api/v1/dossiers/{dossier_id}/submit", "notification-dossier-submitted receive"];
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var missing = await MissingAsync(page, spans);
            if (missing.Count == 0)
            {
                return;
            }
            Assert.True(clock.Elapsed < TraceBound, $"Within {TraceBound.TotalSeconds:0} s the trace page did not show: {string.Join(", ", missing)}.");
            await page.ReloadAsync();
        }
    }

    private static async Task<List<string>> MissingAsync(IPage page, string[] spans)
    {
        var missing = new List<string>();
        foreach (var span in spans)
        {
            try
            {
                await page.GetByText(span).First.WaitForAsync(new() { Timeout = (float)RenderPatience.TotalMilliseconds });
            }
            catch (PlaywrightException)
            {
                missing.Add(span);
            }
        }
        return missing;
    }
}
