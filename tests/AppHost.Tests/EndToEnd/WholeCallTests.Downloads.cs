using System.Diagnostics;
using System.Text;
using Defis.AppHost.Tests.Browser;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    /// <summary>A download the page offers: its suggested name and its bytes, as the browser saved them.</summary>
    private static async Task<(string Name, byte[] Content)> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(await download.PathAsync(), Cancellation));
    }

    private static string Text(byte[] content) => Encoding.UTF8.GetString(content);

    /// <summary>
    /// From the call's page, staff export its dossiers as CSV: the job's page is refreshed (« Actualiser », no script)
    /// until the file is ready, which names the dossier filed in the portal; then back to the call.
    /// </summary>
    private static async Task StaffExportTheCallAsync(PortalBrowser browser, string code, string reference)
    {
        var page = browser.Page;
        await page.Locator("#Export_Format").SelectOptionAsync("csv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Exporter les dossiers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Export des dossiers de l'appel {code}", Level = 1 })).ToBeVisibleAsync();
        var file = page.Locator("#telecharger-export");
        var clock = Stopwatch.StartNew();
        while (await file.CountAsync() == 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"The export was not ready within 2 minutes: {await page.Locator("#avancement-export").TextContentAsync()}");
            await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
            await page.Locator("#actualiser-export").ClickAsync();
        }
        await Assertions.Expect(page.Locator("#etat-export")).ToHaveTextAsync("Prêt");
        await browser.CheckPageAsync("export-dossiers");
        var (name, content) = await DownloadAsync(page, file);
        Assert.EndsWith(".csv", name);
        Assert.Contains(reference, Text(content));
        await page.GetByRole(AriaRole.Link, new() { Name = $"Retour à l'appel {code}", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Dossiers de l'appel {code}", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>The team downloads the receipt of the filing it just made: a PDF.</summary>
    private static async Task TeamDownloadsTheReceiptAsync(IPage page)
    {
        var (name, content) = await DownloadAsync(page, page.Locator("#telecharger-recepisse"));
        Assert.EndsWith(".pdf", name);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(content, 0, 5));
    }

    /// <summary>A GET export (finance's follow-up, the panel's ranking) as CSV, which names <paramref name="expected"/>.</summary>
    private static async Task ExportAsCsvAsync(IPage page, string button, string expected)
    {
        await page.Locator("#Export_Format").SelectOptionAsync("csv");
        var (name, content) = await DownloadAsync(page, page.GetByRole(AriaRole.Button, new() { Name = button }));
        Assert.EndsWith(".csv", name);
        Assert.Contains(expected, Text(content));
    }
}
