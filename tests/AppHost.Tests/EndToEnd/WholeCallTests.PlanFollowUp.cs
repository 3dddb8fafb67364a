using System.Globalization;
using System.Text.RegularExpressions;
using Defis.AppHost.Tests.Browser;
using Defis.Contracts.Accompaniment.V1;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    private const string CheckInProgress = "Trois permanences tenues, quarante usagers reçus.";
    private const string CheckInRisks = "Un centre hésite à ouvrir ses locaux le samedi.";
    private const string AddedMilestone = "Bilan des permanences avec les usagers";
    private const string WaiverReason = "Le bilan se fera lors de la session régionale.";
    private static readonly CultureInfo FrenchDays = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>
    /// The team's check-in (issue 22), from the milestone's page: the plan lists none yet and offers no milestone form to
    /// the team; a check-in without progress is refused at the progress, the risks typed kept; then it is recorded and
    /// listed, « Aucune aide demandée » said for the help left empty.
    /// </summary>
    private static async Task RecordCheckInThroughThePortalAsync(PortalBrowser browser, SupportPlan plan)
    {
        var page = browser.Page;
        await OpenPlanFromItsMilestoneAsync(page, plan);
        await Assertions.Expect(page.GetByText("Aucun point d'étape n'a encore été enregistré.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le jalon" })).ToHaveCountAsync(0);

        await page.Locator("#PointEtape_Risks").FillAsync(CheckInRisks);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le point d'étape" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
        await Assertions.Expect(page.Locator("#resume-erreurs").GetByRole(AriaRole.Link,
            new() { Name = "Avancement depuis le dernier point d'étape : Ce champ est obligatoire." })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#PointEtape_Progress-erreur")).ToHaveTextAsync("Ce champ est obligatoire.");
        await Assertions.Expect(page.Locator("#PointEtape_Risks")).ToHaveValueAsync(CheckInRisks);
        await browser.CheckPageAsync("plan-point-etape-erreurs");

        await page.Locator("#PointEtape_Progress").FillAsync(CheckInProgress);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le point d'étape" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Votre point d'étape est enregistré")).ToBeVisibleAsync();
        var checkIn = page.Locator("#points-etape > li");
        await Assertions.Expect(checkIn).ToHaveCountAsync(1);
        await Assertions.Expect(checkIn).ToContainTextAsync(CheckInProgress);
        await Assertions.Expect(checkIn).ToContainTextAsync(CheckInRisks);
        await Assertions.Expect(checkIn).ToContainTextAsync("Aucune aide demandée");
        await browser.CheckPageAsync("plan-point-etape");
    }

    /// <summary>
    /// The coach's follow-up of the plan (issue 22), from the validated milestone's page: they read the team's check-in
    /// (and get no form to write one), add a milestone — both fields refused at once when empty —, move its due day
    /// (a day before the plan's first is refused by the platform, at the day), then excuse the team from it, which
    /// waits for the confirmation box to be ticked.
    /// </summary>
    private static async Task FollowThePlanThroughThePortalAsync(PortalBrowser browser, SupportPlan plan)
    {
        var page = browser.Page;
        await OpenPlanFromItsMilestoneAsync(page, plan);
        await Assertions.Expect(page.Locator("#points-etape > li")).ToContainTextAsync(CheckInProgress);
        await Assertions.Expect(page.Locator("#points-etape > li")).ToContainTextAsync("demo-porteur-1");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le point d'étape" })).ToHaveCountAsync(0);
        await browser.CheckPageAsync("plan-coach");

        var start = new DateOnly(plan.StartsOn.Year, plan.StartsOn.Month, plan.StartsOn.Day);
        await AddMilestoneAsync(browser, plan, start.AddDays(60));
        await page.Locator("#jalons").GetByRole(AriaRole.Link, new() { Name = AddedMilestone, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Jalon « {AddedMilestone} »", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Report_Due")).ToHaveValueAsync(IsoDay(start.AddDays(60)));
        await browser.CheckPageAsync("jalon-ajoute");

        await RescheduleAsync(browser, start);
        await WaiveAsync(browser);
    }

    private static async Task AddMilestoneAsync(PortalBrowser browser, SupportPlan plan, DateOnly due)
    {
        var page = browser.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le jalon" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
        var summary = page.Locator("#resume-erreurs");
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Intitulé du jalon : Ce champ est obligatoire." })).ToBeVisibleAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Échéance : Ce champ est obligatoire." })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Jalon_Due-erreur")).ToHaveTextAsync("Ce champ est obligatoire.");
        await browser.CheckPageAsync("plan-jalon-erreurs");

        await page.Locator("#Jalon_Title").FillAsync(AddedMilestone);
        await page.Locator("#Jalon_Due").FillAsync(IsoDay(due));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le jalon" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Le jalon est ajouté au plan")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#jalons tbody tr")).ToHaveCountAsync(plan.Milestones.Count + 1);
        var row = page.Locator("#jalons tbody tr").Filter(new() { HasText = AddedMilestone });
        await Assertions.Expect(row).ToContainTextAsync(FrenchDay(due));
        await Assertions.Expect(row).ToContainTextAsync("Prévu");
        await browser.CheckPageAsync("plan-jalon-ajoute");
    }

    private static async Task RescheduleAsync(PortalBrowser browser, DateOnly start)
    {
        var page = browser.Page;
        await page.Locator("#Report_Due").FillAsync(IsoDay(start.AddDays(-1)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Reporter l'échéance" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
        await Assertions.Expect(page.Locator("#Report_Due-erreur")).ToContainTextAsync("précède le début de l'accompagnement");
        await Assertions.Expect(page.Locator("#resume-erreurs a[href='#Report_Due']")).ToContainTextAsync("Nouvelle échéance");
        await browser.CheckPageAsync("jalon-report-erreur");

        var later = start.AddDays(90);
        await page.Locator("#Report_Due").FillAsync(IsoDay(later));
        await page.GetByRole(AriaRole.Button, new() { Name = "Reporter l'échéance" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"L'échéance est reportée au {FrenchDay(later)}.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Report_Due")).ToHaveValueAsync(IsoDay(later));
        await browser.CheckPageAsync("jalon-reporte");
    }

    private static async Task WaiveAsync(PortalBrowser browser)
    {
        var page = browser.Page;
        await page.Locator("#Dispense_Motif").FillAsync(WaiverReason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Dispenser du jalon" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Dispense_Confirmation-erreur")).ToHaveTextAsync("Cochez la case pour confirmer la dispense du jalon.");
        await Assertions.Expect(page.Locator("#Dispense_Motif")).ToHaveValueAsync(WaiverReason);
        await Assertions.Expect(page.Locator("#etat-jalon")).ToHaveTextAsync("Prévu");
        await browser.CheckPageAsync("jalon-dispense-non-confirmee");

        await page.GetByText("Je confirme dispenser l'équipe de ce jalon").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Dispenser du jalon" }).ClickAsync();
        await Assertions.Expect(page.GetByText("L'équipe est dispensée du jalon")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#etat-jalon")).ToHaveTextAsync("Dispensé");
        await Assertions.Expect(page.Locator("#note-jalon")).ToHaveTextAsync(WaiverReason);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reporter l'échéance" })).ToHaveCountAsync(0);
        await browser.CheckPageAsync("jalon-dispense");
    }

    /// <summary>What the portal did is what the platform holds: the team's one check-in, the coach's milestone moved, then waived.</summary>
    private async Task AssertPlanFollowedUpAsync(Cast call, SupportPlan plan)
    {
        var checkIn = Assert.Single((await call.Coach.Accompaniment.ListCheckInsAsync(plan.Id, Cancellation)).CheckIns);
        Assert.Equal(("demo-porteur-1", CheckInProgress, CheckInRisks, ""), (checkIn.AuthorId, checkIn.Progress, checkIn.Risks, checkIn.HelpNeeded));
        var added = Assert.Single((await call.FirstTeam.Accompaniment.GetPlanAsync(plan.Id, Cancellation)).Milestones, m => m.Title == AddedMilestone);
        var moved = new DateOnly(plan.StartsOn.Year, plan.StartsOn.Month, plan.StartsOn.Day).AddDays(90);
        Assert.Equal((MilestoneStatus.Waived, WaiverReason, moved.Year, moved.Month, moved.Day),
            (added.Status, added.Note, added.Due.Year, added.Due.Month, added.Due.Day));
    }

    /// <summary>From a milestone's page back to its plan by the breadcrumb, as people go.</summary>
    private static async Task OpenPlanFromItsMilestoneAsync(IPage page, SupportPlan plan)
    {
        await page.Locator("nav.fr-breadcrumb").GetByRole(AriaRole.Link, new() { Name = plan.ProjectTitle, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Accompagnement du projet « {plan.ProjectTitle} »", Level = 1 })).ToBeVisibleAsync();
    }

    private static string IsoDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A day as the portal writes it (« 3 février 2027 »).</summary>
    private static string FrenchDay(DateOnly day) => day.ToString("d MMMM yyyy", FrenchDays);
}
