using System.Diagnostics;
using System.Text.RegularExpressions;
using Defis.AppHost.Tests.Browser;
using Defis.Contracts.Jury.V1;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    /// <summary>What Jury says of a maximum of 0 dossiers per juror.</summary>
    private const string NoDossierPerJuror = "Le nombre maximal de dossiers par juré doit être au moins 1 (reçu : 0).";

    /// <summary>What Jury says of a criterion weighing 0.</summary>
    private const string NoWeight = "Le poids doit être compris entre 1 et 100 (reçu : 0).";

    /// <summary>Staff's own criteria, typed in rows 1 and 3 of the grid form (row 2 left blank): label, code, weight, highest score.</summary>
    private static readonly (int Row, string Label, string Code, string Weight, string ScaleMax)[] OwnCriteria =
    [
        (0, "Impact attendu pour les usagers", "impact", "2", "5"),
        (2, "Qualité de l'équipe", "equipe", "1", "3"),
    ];

    /// <summary>What the portal says of a number of reviewers it cannot read.</summary>
    private const string UnreadReviewers = "Indiquez un nombre entier de rapporteurs, par exemple 2.";

    private static readonly (string UserId, string Organisation, string Role)[] PanelMembers =
    [
        ("demo-jure-1", "Cour des comptes", "Membre"),
        ("demo-jure-2", "Inspection générale de l'administration", "Membre"),
        ("demo-president", "Conseil d'État", "Président ou présidente"),
    ];

    /// <summary>
    /// The jury set up in the portal (issue 22): demo-ditp opens the call from « Instruction des dossiers », then « Jurys
    /// de l'appel », creates the experimentation panel, seats the three members (the president among them), takes the
    /// 2021 grid, replaces its criteria with staff's own (first a weight of 0, the platform's word at its row), and sets the assignment policy: first « deux » reviewers and a maximum of 0 (the portal's word and the
    /// platform's, each at its input and in the summary), then 2 and 2. Each page passes axe and is photographed; the
    /// SDK then finds the panel, grid and policy the SDK used to set.
    /// </summary>
    private async Task SetUpPanelThroughThePortalAsync(Cast call, AspirePlatform platform)
    {
        var clock = Stopwatch.StartNew();
        // The call's panels page is Jury's 404 until Jury has received ProgrammePublished.
        await Poll.UntilAsync(() => call.Staff.Jury.ListProgrammePanelsAsync(call.Code, Cancellation), _ => true, EventBound,
            "the call known to Jury, from ProgrammePublished", Cancellation);
        await platform.WaitForHealthyAsync("portal", EventBound, Cancellation);
        call.PanelId = await SetUpPanelInBrowserAsync(call.Code, platform);

        var panel = await call.Staff.Jury.GetPanelAsync(call.PanelId, Cancellation);
        Assert.Equal((call.Code, Phase.Experimentation), (panel.ProgrammeCode, panel.Phase));
        Assert.Equal(["demo-jure-1", "demo-jure-2", "demo-president"], panel.Members.Select(m => m.UserId).Order());
        Assert.Equal("demo-president", Assert.Single(panel.Members, m => m.Role == PanelRole.President).UserId);
        Assert.All(panel.Members, m => Assert.Equal((m.UserId, MemberKind.Expert), (m.DisplayName, m.Kind)));
        var grid = await call.Staff.Jury.GetGridAsync(call.PanelId, cancellationToken: Cancellation);
        Assert.Equal(1, grid.Version);
        Assert.Equal(OwnCriteria.Select(c => (c.Code, c.Label)), grid.Criteria.Select(c => (c.Code, c.Label)));
        var book = await call.Staff.Jury.GetAssignmentBookAsync(call.PanelId, Cancellation);
        Assert.Equal((2, 2), (book.ReviewersPerDossier, book.MaxPerJuror));
        var listed = await call.Staff.Jury.ListProgrammePanelsAsync(call.Code, Cancellation);
        Assert.Equal(call.PanelId, Assert.Single(listed.Panels).Id);
        output.WriteLine($"Jury set up in the portal: {clock.Elapsed.TotalSeconds:0.0} s.");
    }

    /// <summary>The staff's journey; the new panel's id, read from the address the creation leads to.</summary>
    private async Task<string> SetUpPanelInBrowserAsync(string code, AspirePlatform platform)
    {
        await using var browser = await PortalBrowser.OpenAsync(output, "jurys");
        var page = browser.Page;
        try
        {
            await browser.GoToPortalAsync(platform.Endpoint("portal"));
            await SignInAsync(browser, platform, "demo-ditp");
            await page.GetByRole(AriaRole.Link, new() { Name = "Instruction des dossiers", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = $"Dossiers de l'appel {code}", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Jurys de l'appel", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Jurys de l'appel {code}", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Aucun jury n'est encore constitué pour cet appel.")).ToBeVisibleAsync();
            await browser.CheckPageAsync("jurys-appel-vide");

            await page.Locator("#Jury_Phase").SelectOptionAsync(new SelectOptionValue { Label = "Expérimentation" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Créer le jury" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Jury Expérimentation de l'appel {code}", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Le jury est créé")).ToBeVisibleAsync();
            var panelId = Regex.Match(page.Url, "/instruction/jurys/([0-9a-f-]{36})").Groups[1].Value;
            Assert.NotEmpty(panelId);
            await browser.CheckPageAsync("jury-cree");

            foreach (var (userId, organisation, role) in PanelMembers)
            {
                await page.Locator("#Membre_UserId").FillAsync(userId);
                await page.Locator("#Membre_DisplayName").FillAsync(userId);
                await page.Locator("#Membre_Organisation").FillAsync(organisation);
                await page.Locator("#Membre_Kind").SelectOptionAsync(new SelectOptionValue { Label = "Personnalité qualifiée" });
                await page.Locator("#Membre_Role").SelectOptionAsync(new SelectOptionValue { Label = role });
                await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le membre" }).ClickAsync();
                await Assertions.Expect(page.GetByText("Le membre est ajouté au jury.")).ToBeVisibleAsync();
                await Assertions.Expect(page.Locator("#membres-jury").GetByRole(AriaRole.Row).Filter(new() { HasText = organisation })).ToContainTextAsync(role);
                await browser.CheckPageAsync($"jury-membre-{userId}");
            }

            await page.Locator("#Grille_DefaultGrid").SelectOptionAsync(new SelectOptionValue { Label = "Appel co-construction 2021 (impact, co-construction, attention écologique et sociale)" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Définir la grille" }).ClickAsync();
            await Assertions.Expect(page.GetByText("La grille d'évaluation est définie.")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#version-grille")).ToHaveTextAsync("Version 1");
            await browser.CheckPageAsync("jury-grille");

            foreach (var criterion in OwnCriteria)
            {
                var input = $"#Grille_Criteria_{criterion.Row}__";
                await page.Locator(input + "Label").FillAsync(criterion.Label);
                await page.Locator(input + "Code").FillAsync(criterion.Code);
                await page.Locator(input + "Weight").FillAsync(criterion.Row == 0 ? "0" : criterion.Weight);
                await page.Locator(input + "ScaleMax").FillAsync(criterion.ScaleMax);
            }
            await page.GetByRole(AriaRole.Button, new() { Name = "Définir la grille" }).ClickAsync();
            await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
            await Assertions.Expect(page.Locator("#resume-erreurs").GetByRole(AriaRole.Link, new() { Name = $"Critère 1 : poids : {NoWeight}" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#Grille_Criteria_0__Weight-erreur")).ToHaveTextAsync(NoWeight);
            await Assertions.Expect(page.Locator("#Grille_Criteria_2__Label")).ToHaveValueAsync(OwnCriteria[1].Label);
            await browser.CheckPageAsync("jury-grille-erreurs");

            await page.Locator("#Grille_Criteria_0__Weight").FillAsync(OwnCriteria[0].Weight);
            await page.GetByRole(AriaRole.Button, new() { Name = "Définir la grille" }).ClickAsync();
            await Assertions.Expect(page.GetByText("La grille d'évaluation est définie.")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#grille-jury tbody th")).ToHaveTextAsync(OwnCriteria.Select(c => c.Label).ToArray());
            await Assertions.Expect(page.Locator("#version-grille")).ToHaveTextAsync("Version 1");
            await browser.CheckPageAsync("jury-grille-propre");

            await page.Locator("#Affectation_ReviewersPerDossier").FillAsync("deux");
            await page.Locator("#Affectation_MaxPerJuror").FillAsync("0");
            await page.GetByRole(AriaRole.Button, new() { Name = "Définir les règles d'affectation" }).ClickAsync();
            await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
            var summary = page.Locator("#resume-erreurs");
            await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = $"Rapporteurs par dossier : {UnreadReviewers}" })).ToBeVisibleAsync();
            await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = $"Dossiers au plus par juré : {NoDossierPerJuror}" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#Affectation_ReviewersPerDossier-erreur")).ToHaveTextAsync(UnreadReviewers);
            await Assertions.Expect(page.Locator("#Affectation_MaxPerJuror-erreur")).ToHaveTextAsync(NoDossierPerJuror);
            await Assertions.Expect(page.Locator("#Affectation_ReviewersPerDossier")).ToHaveValueAsync("deux");
            await Assertions.Expect(page.Locator("#regles-affectation")).ToHaveTextAsync("Non définies");
            await browser.CheckPageAsync("jury-affectation-erreurs");

            await page.Locator("#Affectation_ReviewersPerDossier").FillAsync("2");
            await page.Locator("#Affectation_MaxPerJuror").FillAsync("2");
            await page.GetByRole(AriaRole.Button, new() { Name = "Définir les règles d'affectation" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Les règles d'affectation sont définies")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#regles-affectation")).ToHaveTextAsync("2 rapporteurs par dossier, 2 dossiers au plus par juré");
            await browser.CheckPageAsync("jury-affectation");

            await page.GetByRole(AriaRole.Link, new() { Name = "Jurys", Exact = true }).ClickAsync();
            var row = page.Locator("#jurys-appel").GetByRole(AriaRole.Row).Filter(new() { HasText = "Jury Expérimentation" });
            await Assertions.Expect(row.GetByRole(AriaRole.Cell)).ToHaveTextAsync(["3 membres", "Version 1", "2 rapporteurs par dossier, 2 dossiers au plus par juré"]);
            await browser.CheckPageAsync("jurys-appel");
            return panelId;
        }
        catch
        {
            await browser.ReportAsync();
            throw;
        }
    }
}
