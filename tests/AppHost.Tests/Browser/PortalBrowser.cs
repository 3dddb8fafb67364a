using System.Diagnostics;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.Browser;

/// <summary>
/// Debian's Chromium on the portal, as a person uses it: every page visited is checked with axe-core against WCAG 2.1
/// A and AA (what RGAA 4.1 asks of French public services) and photographed into the test output.
/// </summary>
public sealed class PortalBrowser(ITestOutputHelper output, string folder) : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    /// <summary>What a first answer may take while every service of the platform still warms up (milliseconds).</summary>
    public const float ColdPlatformTimeout = 120_000;
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
    private int _shots;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>One folder per journey (applicant, juror…) under TestResults/portal.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "portal");

    public IPage Page { get; private set; } = null!;

    public static async Task<PortalBrowser> OpenAsync(ITestOutputHelper output, string journey)
    {
        var folder = Path.Combine(ScreenshotFolder, journey);
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: `./defis setup` installs Debian's chromium package.");
        var browser = new PortalBrowser(output, folder);
        browser._playwright = await Playwright.CreateAsync();
        browser._browser = await browser._playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        browser.Page = await browser._browser.NewPageAsync(new()
        {
            ViewportSize = new() { Width = 1280, Height = 900 },
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
        });
        // Pages of a loaded 2-core machine running the whole platform beside the other tests: a write alone may take up
        // to the portal's 30 s attempt (decision 0035), then the page's reads. Patience, not a measure: no timing is asserted.
        browser.Page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        // This run's pages only.
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
        return browser;
    }

    /// <summary>
    /// The portal's home page. Its document's own state is awaited, not Playwright's load event: on a cold platform the
    /// first page once showed whole while that event never came (a 30 s timeout, the page's screenshot complete), and
    /// the portal's very first answer, while every service of the platform still warms up, once took more than 30 s.
    /// </summary>
    public async Task GoToPortalAsync(Uri portal)
    {
        // The whole call's first step is a page: the portal's first answer comes while every service still starts.
        await Page.GotoAsync(portal.ToString(), new() { WaitUntil = WaitUntilState.Commit, Timeout = ColdPlatformTimeout });
        await Page.WaitForFunctionAsync("document.readyState === 'complete'", null, new() { PollingInterval = 100, Timeout = 90_000 });
    }

    /// <summary>The page now shown: no WCAG 2.1 A/AA violation, and its screenshot kept as "NN-<paramref name="name"/>.png".</summary>
    public async Task CheckPageAsync(string name)
    {
        // The document's own state, not Playwright's record of load events: that record once missed the load of the
        // identity page reached through the sign-in redirects (a 30 s timeout on a page shown whole, CI and here).
        await Page.WaitForFunctionAsync("document.readyState === 'complete'", null, new() { PollingInterval = 100 });
        var path = Path.Combine(folder, $"{++_shots:00}-{name}.png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        var clock = Stopwatch.StartNew();
        // Only violations are wanted in full: axe then keeps one node of each pass instead of every node of the page
        // (0.97× the time over the whole call's 103 pages, the same violations found, measured side by side in one run).
        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            ResultTypes = [ResultType.Violations],
        });
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        output.WriteLine($"{Page.Url}: screenshot {path}, axe {clock.Elapsed.TotalSeconds:0.0} s, {violations.Count} violation(s).");
        Assert.True(violations.Count == 0, $"axe on {Page.Url} ({name}):\n{string.Join("\n", violations)}");
    }

    /// <summary>What the page said when a step failed, for the test output.</summary>
    public async Task ReportAsync()
    {
        try
        {
            await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, "echec.png"), FullPage = true });
            output.WriteLine($"Page {Page.Url}: {await Page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 })}");
        }
        catch (PlaywrightException e)
        {
            output.WriteLine($"No page to show: {e.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
