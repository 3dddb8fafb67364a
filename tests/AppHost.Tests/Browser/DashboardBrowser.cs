using System.Diagnostics;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.Browser;

/// <summary>
/// What an SRE does with the trace id the gateway gave a user: opens the dashboard with the printed link, finds the
/// trace by its id and reads its waterfall across gateway, submission and the notification consumer. Real Chromium
/// (Debian's, no browser download) driven by Playwright; a screenshot is kept in the test output either way.
/// </summary>
public sealed class DashboardBrowser(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    // Services export spans every few seconds and the consumer runs after the outbox relay: the trace fills in over time.
    private static readonly TimeSpan TraceBound = TimeSpan.FromSeconds(90);

    public static string ScreenshotPath { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "dashboard-trace-waterfall.png");

    public async Task FindTraceAsync(AppHostProcess host, string traceId)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: `./defis setup` installs Debian's chromium package.");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1440, Height = 1000 } });
        try
        {
            await page.GotoAsync(DashboardChecks.LoginUrl(host).ToString());
            await page.GetByRole(AriaRole.Link, new() { Name = "Traces", Exact = true }).ClickAsync();
            await OpenTraceAsync(page, traceId);
            var consumer = await WaitForWaterfallAsync(page);
            await consumer.ClickAsync();
            await Assertions.Expect(page.Locator(".details")).ToContainTextAsync("consumer");
        }
        catch
        {
            // What the dashboard showed instead, without hiding the failure if the page is gone too.
            try
            {
                output.WriteLine($"Page {page.Url}: {await page.Locator("main").InnerTextAsync(new() { Timeout = 5_000 })}");
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

    /// <summary>The traces page filtered by the id, as pasted from X-Trace-Id, until the trace is listed; then opened.</summary>
    private static async Task OpenTraceAsync(IPage page, string traceId)
    {
        var clock = Stopwatch.StartNew();
        var row = page.Locator("tr.clickable", new() { HasText = traceId });
        while (true)
        {
            await page.Locator("input[name=traceId]").FillAsync(traceId);
            await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
            try
            {
                await row.WaitForAsync(new() { Timeout = 3_000 });
                break;
            }
            catch (TimeoutException) when (clock.Elapsed < TraceBound)
            {
                // Not exported yet: filter again.
            }
        }
        await row.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(traceId);
    }

    /// <summary>The waterfall, refreshed until it holds the gateway's, submission's and notification consumer's spans; returns the consumer's row.</summary>
    private static async Task<ILocator> WaitForWaterfallAsync(IPage page)
    {
        var clock = Stopwatch.StartNew();
        var gateway = page.Locator(".waterfall .row[data-service=gateway][data-kind=server]");
        var submission = page.Locator(".waterfall .row[data-service=submission][data-kind=server]");
        // Notification's consumer of the filing's own event (the trace goes on to later events, reviewer assignments...).
        var consumer = page.Locator(".waterfall .row[data-service=notification][data-kind=consumer]", new() { HasText = "dossier-submitted" });
        while (await gateway.CountAsync() == 0 || await submission.CountAsync() == 0 || await consumer.CountAsync() == 0)
        {
            Assert.True(clock.Elapsed < TraceBound, $"Within {TraceBound.TotalSeconds:0} s the waterfall did not show gateway, submission and notification consumer spans. Rows: " +
                string.Join(" | ", await page.Locator(".waterfall .row").AllInnerTextsAsync()));
            await Task.Delay(2_000);
            await page.GetByRole(AriaRole.Button, new() { Name = "Rafraîchir" }).ClickAsync();
        }
        return consumer.First;
    }
}
