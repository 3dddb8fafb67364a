using System.Diagnostics;
using System.Text.RegularExpressions;
using Defis.AppHost.Tests.Browser;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    private const string PortalPresident = "demo-president";

    /// <summary>The recommended grant as the president types it: euros, thousands apart, the French way.</summary>
    private const string RecommendedGrantTyped = "100 000";

    /// <summary>
    /// The president's decision in the portal (issue 22): demo-president signs in, finds the panel they preside under
    /// « Mes évaluations », reads its ranking (the first team's dossier first), opens the decision with one laureate
    /// exactly, stages the first dossier with a negative grant and no rationale and gets both problems at their fields
    /// (the amount in the portal's words, the rationale in the platform's), then with the grant in euros, and
    /// publishes: each dossier's outcome is shown. Each page passes axe and is photographed. Returns the decision's id.
    /// </summary>
    private async Task<string> DecideThroughThePortalAsync(Cast call, AspirePlatform platform)
    {
        var clock = Stopwatch.StartNew();
        await platform.WaitForHealthyAsync("portal", EventBound, Cancellation);
        await using var browser = await PortalBrowser.OpenAsync(output, "president");
        var page = browser.Page;
        try
        {
            await browser.GoToPortalAsync(platform.Endpoint("portal"));
            await SignInAsync(browser, platform, PortalPresident);
            await page.GetByRole(AriaRole.Link, new() { Name = "Mes évaluations" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Les jurys que je préside", Level = 2 })).ToBeVisibleAsync();
            await browser.CheckPageAsync("jury-presidence");
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^Classement du jury {call.Code} ") }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex($"^Classement du jury {call.Code} "), Level = 1 })).ToBeVisibleAsync();
            var rows = page.Locator("#classement tbody tr");
            await Assertions.Expect(rows).ToHaveCountAsync(2);
            await Assertions.Expect(rows.Nth(0).GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(call.First.Reference);
            await Assertions.Expect(rows.Nth(0).GetByRole(AriaRole.Cell).First).ToHaveTextAsync("1");
            await Assertions.Expect(rows.Nth(1).GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(call.Second.Reference);
            await Assertions.Expect(rows.Nth(0).GetByRole(AriaRole.Cell, new() { Name = "2 sur 2" })).ToBeVisibleAsync();
            await browser.CheckPageAsync("classement");
            await ExportAsCsvAsync(page, "Exporter le classement", call.First.Reference);

            await page.GetByLabel("Nombre minimum de dossiers retenus").FillAsync("1");
            await page.GetByLabel("Nombre maximum de dossiers retenus").FillAsync("1");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir la décision" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex($"^Décision du jury {call.Code} "), Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#etat-decision")).ToHaveTextAsync("En préparation");
            await browser.CheckPageAsync("decision");

            await StageWithBadInputAsync(page, call.First.Id);
            await browser.CheckPageAsync("decision-erreurs");

            await page.Locator("#Form_DossierId").SelectOptionAsync(call.First.Id);
            await page.Locator("#Form_RecommendedGrant").FillAsync(RecommendedGrantTyped);
            await page.Locator("#Form_Rationale").FillAsync("Un projet mûr, porté par une équipe qui associe déjà les usagers.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Retenir ce dossier" }).ClickAsync();
            await Assertions.Expect(page.GetByText("La sélection est enregistrée")).ToBeVisibleAsync();
            await Assertions.Expect(Line(page, call.First.Reference).GetByText("Proposé", new() { Exact = true })).ToBeVisibleAsync();
            await browser.CheckPageAsync("decision-selection");

            await page.GetByRole(AriaRole.Button, new() { Name = "Publier la décision" }).ClickAsync();
            await Assertions.Expect(page.GetByText("La décision est publiée")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#etat-decision")).ToHaveTextAsync("Publiée");
            await Assertions.Expect(Line(page, call.First.Reference).GetByText("Retenu", new() { Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(Line(page, call.Second.Reference).GetByText("Non retenu", new() { Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Publier la décision" })).ToHaveCountAsync(0);
            await browser.CheckPageAsync("decision-publiee");
            var decisionId = Regex.Match(page.Url, "/jury/decisions/([0-9a-f-]{36})").Groups[1].Value;
            Assert.NotEmpty(decisionId);
            output.WriteLine($"President's portal journey: {clock.Elapsed.TotalSeconds:0.0} s.");
            return decisionId;
        }
        catch
        {
            await browser.ReportAsync();
            throw;
        }
    }

    /// <summary>A grant of « -5 » euros and no rationale: both named in the summary and at their fields, nothing staged.</summary>
    private static async Task StageWithBadInputAsync(IPage page, string dossierId)
    {
        await page.Locator("#Form_DossierId").SelectOptionAsync(dossierId);
        await page.Locator("#Form_RecommendedGrant").FillAsync("-5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Retenir ce dossier" }).ClickAsync();
        var summary = page.Locator("#resume-erreurs");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Dotation recommandée : Le montant ne peut pas être négatif." })).ToBeVisibleAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Motif de la sélection : Ce champ est obligatoire." })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Form_RecommendedGrant-erreur")).ToHaveTextAsync("Le montant ne peut pas être négatif.");
        await Assertions.Expect(page.Locator("#Form_Rationale-erreur")).ToHaveTextAsync("Ce champ est obligatoire.");
        await Assertions.Expect(page.Locator("#Form_RecommendedGrant")).ToHaveValueAsync("-5");
        await Assertions.Expect(page.GetByText("Proposé", new() { Exact = true })).ToHaveCountAsync(0);
    }

    private static ILocator Line(IPage page, string reference) =>
        page.Locator("#dossiers-decision tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = reference, Exact = true }) });
}
