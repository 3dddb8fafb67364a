using System.Diagnostics;
using System.Text.RegularExpressions;
using Defis.AppHost.Tests.Browser;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    private const string PortalFinance = "demo-finance";

    /// <summary>The platform's refusal of 50 % and 40 %, in its own words (Funding's TrancheTerm).</summary>
    private const string SharesDoNotAddUp = "Les tranches doivent totaliser 100 % de la dotation (ici 90,00 %).";

    /// <summary>
    /// Finance commits the grant in the portal (issue 22): demo-finance signs in, opens « Financement des appels », the
    /// call's page (its envelope and the grant « Proposée »), then the grant; a schedule of 50 % and 40 % is refused by
    /// the platform, its word shown at the first share and in the error summary, the shares kept as typed; then 50 % at
    /// commitment and 50 % on <paramref name="milestone"/> commit it: « Engagée », the first tranche paid. Each page
    /// passes axe and is photographed.
    /// </summary>
    private async Task CommitThroughThePortalAsync(Cast call, AspirePlatform platform, string milestone)
    {
        var clock = Stopwatch.StartNew();
        await platform.WaitForHealthyAsync("portal", EventBound, Cancellation);
        await using var browser = await PortalBrowser.OpenAsync(output, "finance");
        var page = browser.Page;
        try
        {
            await browser.GoToPortalAsync(platform.Endpoint("portal"));
            await SignInAsync(browser, platform, PortalFinance);
            await page.GetByRole(AriaRole.Link, new() { Name = "Financement des appels" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Financement des appels", Level = 1 })).ToBeVisibleAsync();
            await browser.CheckPageAsync("financement");

            await page.GetByRole(AriaRole.Link, new() { Name = $"Financement de l'appel {call.Code}", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Financement de l'appel {call.Code}", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#subventions tbody tr")).ToHaveCountAsync(1);
            await Assertions.Expect(GrantLine(page, call.First.Id).GetByText("Proposée", new() { Exact = true })).ToBeVisibleAsync();
            await browser.CheckPageAsync("financement-appel");
            await ExportAsCsvAsync(page, "Exporter le suivi financier", call.First.Reference);

            await page.GetByRole(AriaRole.Link, new() { Name = $"Subvention du dossier {call.First.Id}" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Subvention du dossier {call.First.Id}", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#etat-subvention")).ToHaveTextAsync("Proposée");
            await browser.CheckPageAsync("subvention");

            await CommitWithSharesNotAddingUpAsync(page, milestone);
            await browser.CheckPageAsync("subvention-erreurs");

            await page.Locator("#Form_Part_1").FillAsync("50");
            await page.GetByRole(AriaRole.Button, new() { Name = "Engager la subvention" }).ClickAsync();
            await Assertions.Expect(page.GetByText("La subvention est engagée")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#etat-subvention")).ToHaveTextAsync("Engagée");
            var tranches = page.Locator("#tranches tbody tr");
            await Assertions.Expect(tranches).ToHaveCountAsync(2);
            await Assertions.Expect(tranches.Nth(0).GetByRole(AriaRole.Cell, new() { Name = "Versée", Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(tranches.Nth(1).GetByRole(AriaRole.Cell, new() { Name = "À verser", Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(tranches.Nth(1).GetByRole(AriaRole.Cell, new() { Name = $"À la validation du jalon « {milestone} »" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Télécharger la notification de subvention (PDF)" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Engager la subvention" })).ToHaveCountAsync(0);
            await browser.CheckPageAsync("subvention-engagee");
            output.WriteLine($"Finance's portal journey: {clock.Elapsed.TotalSeconds:0.0} s.");
        }
        catch
        {
            await browser.ReportAsync();
            throw;
        }
    }

    /// <summary>50 % at commitment and 40 % on the milestone: the platform's word at the first share and in the summary, nothing committed.</summary>
    private static async Task CommitWithSharesNotAddingUpAsync(IPage page, string milestone)
    {
        await page.Locator("#Form_Part_0").FillAsync("50");
        await page.Locator("#Form_Declenchement_0").SelectOptionAsync("AtCommitment");
        await page.Locator("#Form_Part_1").FillAsync("40");
        await page.Locator("#Form_Declenchement_1").SelectOptionAsync("Milestone");
        await page.Locator("#Form_Jalon_1").FillAsync(milestone);
        await page.GetByRole(AriaRole.Button, new() { Name = "Engager la subvention" }).ClickAsync();
        var summary = page.Locator("#resume-erreurs");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = $"Part de la tranche 1 : {SharesDoNotAddUp}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Form_Part_0-erreur")).ToHaveTextAsync(SharesDoNotAddUp);
        await Assertions.Expect(page.Locator("#Form_Part_1")).ToHaveValueAsync("40");
        await Assertions.Expect(page.Locator("#Form_Jalon_1")).ToHaveValueAsync(milestone);
        await Assertions.Expect(page.Locator("#etat-subvention")).ToHaveTextAsync("Proposée");
    }

    private static ILocator GrantLine(IPage page, string dossierId) =>
        page.Locator("#subventions tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = $"Subvention du dossier {dossierId}" }) });
}
