using System.Diagnostics;
using System.Text.RegularExpressions;
using Defis.AppHost.Tests.Browser;
using Defis.Contracts.Jury.V1;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    private const string PortalJuror = "demo-jure-2";

    /// <summary>
    /// A juror's reviews in the portal (issue 22): demo-jure-2 signs in, finds the dossiers the jury assigned them under
    /// « Mes évaluations », submits one empty and gets every missing score, the opinion and the confidence named at once
    /// in the platform's words, then scores each on the grid and submits. Each page passes axe and is photographed.
    /// </summary>
    private async Task ScoreThroughThePortalAsync(Cast call, AspirePlatform platform, Grid grid, IReadOnlyList<Assignment> assignments)
    {
        var clock = Stopwatch.StartNew();
        await platform.WaitForHealthyAsync("portal", EventBound, Cancellation);
        await using var browser = await PortalBrowser.OpenAsync(output, "jure");
        var page = browser.Page;
        try
        {
            await browser.GoToPortalAsync(platform.Endpoint("portal"));
            await SignInAsync(browser, platform, PortalJuror);
            await page.GetByRole(AriaRole.Link, new() { Name = "Mes évaluations" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mes évaluations", Level = 1 })).ToBeVisibleAsync();
            await browser.CheckPageAsync("jury-evaluations");

            var first = true;
            foreach (var assignment in assignments)
            {
                await page.GetByRole(AriaRole.Link, new() { Name = $"Évaluer le dossier {assignment.DossierReference}" }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex($"^Évaluer le dossier {assignment.DossierReference}"), Level = 1 }))
                    .ToBeVisibleAsync();
                await browser.CheckPageAsync("jury-evaluer");
                if (first)
                {
                    await SubmitEmptyReviewAsync(page, grid);
                    await browser.CheckPageAsync("jury-evaluer-erreurs");
                    first = false;
                }
                await FillReviewAsync(page, grid, strong: assignment.DossierId == call.First.Id);
                await page.GetByRole(AriaRole.Button, new() { Name = "Soumettre l'évaluation" }).ClickAsync();
                await Assertions.Expect(page.GetByText("Votre évaluation est soumise au jury.")).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex(Regex.Escape(assignment.DossierReference)) })
                    .GetByRole(AriaRole.Cell, new() { Name = "Soumise" })).ToBeVisibleAsync();
            }
            await browser.CheckPageAsync("jury-evaluations-soumises");
        }
        catch
        {
            await browser.ReportAsync();
            throw;
        }
        output.WriteLine($"Juror's portal journey: {clock.Elapsed.TotalSeconds:0.0} s.");
    }

    /// <summary>
    /// demo-jure-1 declares, in the portal, their conflict with the second team's structure for the call: refused first
    /// without a call, what the conflict is on, its object and the nature of the link (each named at its field), then
    /// declared and listed. The panel then never assigns them the second team's dossier.
    /// </summary>
    private async Task DeclareConflictThroughThePortalAsync(Cast call, AspirePlatform platform)
    {
        // The page offers the calls in the gateway's list, which learns of a new one from ProgrammePublished.
        await Poll.UntilAsync(() => call.ConflictedJuror.Programmes.ListPublishedAsync(Cancellation), l => l.Programmes.Any(p => p.Code == call.Code), EventBound,
            "the call in the gateway's list of published calls", Cancellation);
        await platform.WaitForHealthyAsync("portal", EventBound, Cancellation);
        await using var browser = await PortalBrowser.OpenAsync(output, "jure-conflit");
        var page = browser.Page;
        try
        {
            await browser.GoToPortalAsync(platform.Endpoint("portal"));
            await SignInAsync(browser, platform, "demo-jure-1");
            await page.GetByRole(AriaRole.Link, new() { Name = "Mes évaluations" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Déclarer un conflit d'intérêts" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Déclarer un conflit d'intérêts", Level = 1 })).ToBeVisibleAsync();
            await browser.CheckPageAsync("conflit");

            await page.GetByRole(AriaRole.Button, new() { Name = "Déclarer le conflit" }).ClickAsync();
            var summary = page.Locator("#resume-erreurs");
            await Assertions.Expect(summary).ToBeVisibleAsync();
            foreach (var field in new[] { "Appel", "Le conflit porte sur", "Organisation, territoire ou identifiant du dossier", "Nature du lien" })
            {
                await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^{Regex.Escape(field)} : ") })).ToBeVisibleAsync();
            }
            await browser.CheckPageAsync("conflit-erreurs");

            await page.Locator("#Form_ProgrammeCode").SelectOptionAsync(call.Code);
            await page.Locator("#Form_TargetKind").SelectOptionAsync(nameof(ConflictTargetKind.Organisation));
            await page.Locator("#Form_Target").FillAsync(WholeCallData.SecondLead);
            await page.Locator("#Form_Type").SelectOptionAsync(nameof(ConflictType.Collaborator));
            await page.Locator("#Form_Note").FillAsync("J'ai travaillé avec l'équipe d'accueil de la préfecture l'an dernier.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Déclarer le conflit" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Votre déclaration est enregistrée.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = WholeCallData.SecondLead })).ToBeVisibleAsync();
            await browser.CheckPageAsync("conflit-declare");
        }
        catch
        {
            await browser.ReportAsync();
            throw;
        }
    }

    /// <summary>Submitted with nothing filled: the summary lists each criterion's missing score, the opinion and the confidence.</summary>
    private static async Task SubmitEmptyReviewAsync(IPage page, Grid grid)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Soumettre l'évaluation" }).ClickAsync();
        var summary = page.Locator("#resume-erreurs");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
        foreach (var criterion in grid.Criteria)
        {
            await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = $"Note — {criterion.Label} : Ce champ est obligatoire." })).ToBeVisibleAsync();
        }
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Avis général : ") })).ToBeVisibleAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Degré de confiance : ") })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Form_Note_0-erreur")).ToContainTextAsync("Ce champ est obligatoire.");
    }

    /// <summary>Every criterion at its maximum (strong) or at zero, each with a comment, as the SDK's reviews do.</summary>
    private static async Task FillReviewAsync(IPage page, Grid grid, bool strong)
    {
        for (var i = 0; i < grid.Criteria.Count; i++)
        {
            var criterion = grid.Criteria[i];
            await page.Locator($"#Form_Note_{i}").SelectOptionAsync((strong ? criterion.ScaleMax : 0).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.Locator($"#Form_Commentaire_{i}").FillAsync(strong ? "Critère pleinement rempli." : "Critère insuffisamment démontré.");
        }
        await page.Locator("#Form_Opinion").SelectOptionAsync(strong ? nameof(OverallOpinion.Favourable) : nameof(OverallOpinion.Unfavourable));
        await page.Locator("#Form_Confidence").SelectOptionAsync(nameof(ConfidenceLevel.High));
        await page.Locator("#Form_GeneralComment").FillAsync(strong ? "Dossier solide." : "Dossier à retravailler.");
    }
}
