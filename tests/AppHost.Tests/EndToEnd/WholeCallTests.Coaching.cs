using System.Diagnostics;
using System.Text.RegularExpressions;
using Defis.AppHost.Tests.Browser;
using Defis.Contracts.Accompaniment.V1;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    private const string EvidenceText = "Premières permanences tenues dans trois centres des finances publiques.";
    private const string EvidenceLink = "https://example.gouv.fr/compte-rendu";
    private const string LinkRefused = "Le lien doit être une adresse web complète commençant par http:// ou https://.";

    /// <summary>
    /// The laureate's side of a milestone in the portal (issue 22): demo-porteur-1 opens « Accompagnement », the plan,
    /// then the milestone; a link that is not a web address is refused by the platform, its word shown at the link and in
    /// the summary, the text kept; then the evidence is sent and the milestone reads « Justificatif remis ». The team
    /// then records a check-in on the plan (<see cref="RecordCheckInThroughThePortalAsync"/>), opens « Notifications »
    /// and marks the jury's decision read (<see cref="ReadDecisionAsync"/>).
    /// </summary>
    private async Task SendEvidenceThroughThePortalAsync(Cast call, AspirePlatform platform, SupportPlan plan, Milestone milestone)
    {
        var decision = $"Décision du jury : dossier {call.First.Reference} retenu";
        await InboxAsync(call.FirstTeam, [decision], "the decision in the laureate's inbox, before its page shows it");
        var clock = Stopwatch.StartNew();
        await using var browser = await PortalBrowser.OpenAsync(output, "laureat");
        var page = browser.Page;
        try
        {
            await OpenMilestoneAsync(browser, platform, "demo-porteur-1", plan, milestone, "mes-plans");
            await Assertions.Expect(page.Locator("#etat-jalon")).ToHaveTextAsync("Prévu");

            await page.Locator("#Form_Text").FillAsync(EvidenceText);
            await page.Locator("#Form_Link").FillAsync("compte-rendu de la première permanence");
            await page.GetByRole(AriaRole.Button, new() { Name = "Remettre le justificatif" }).ClickAsync();
            await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
            await Assertions.Expect(page.Locator("#resume-erreurs").GetByRole(AriaRole.Link,
                new() { Name = $"Lien vers un document ou une démonstration : {LinkRefused}" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#Form_Link-erreur")).ToHaveTextAsync(LinkRefused);
            await Assertions.Expect(page.Locator("#Form_Text")).ToHaveValueAsync(EvidenceText);
            await Assertions.Expect(page.Locator("#etat-jalon")).ToHaveTextAsync("Prévu");
            await browser.CheckPageAsync("jalon-erreurs");

            await page.Locator("#Form_Link").FillAsync(EvidenceLink);
            await page.GetByRole(AriaRole.Button, new() { Name = "Remettre le justificatif" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Votre justificatif est remis")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#etat-jalon")).ToHaveTextAsync("Justificatif remis");
            await Assertions.Expect(page.Locator("#justificatif")).ToContainTextAsync(EvidenceText);
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remettre le justificatif" })).ToHaveCountAsync(0);
            await browser.CheckPageAsync("jalon-remis");

            await RecordCheckInThroughThePortalAsync(browser, plan);
            await ReadDecisionAsync(browser, decision);
            output.WriteLine($"Laureate's portal journey: {clock.Elapsed.TotalSeconds:0.0} s.");
        }
        catch
        {
            await browser.ReportAsync();
            throw;
        }
    }

    /// <summary>
    /// The coach's side (issue 22): demo-coach finds the plan among the projects they coach, reads the evidence, tries to
    /// send it back without saying what is missing (refused at the comment), then validates it: « Validé », by them.
    /// They then read the team's check-in and add, reschedule and waive a milestone of their own
    /// (<see cref="FollowThePlanThroughThePortalAsync"/>).
    /// </summary>
    private async Task ValidateThroughThePortalAsync(AspirePlatform platform, SupportPlan plan, Milestone milestone)
    {
        var clock = Stopwatch.StartNew();
        await using var browser = await PortalBrowser.OpenAsync(output, "coach");
        var page = browser.Page;
        try
        {
            await OpenMilestoneAsync(browser, platform, "demo-coach", plan, milestone, "plans-accompagnes");
            await Assertions.Expect(page.Locator("#etat-jalon")).ToHaveTextAsync("Justificatif remis");
            await Assertions.Expect(page.Locator("#justificatif")).ToContainTextAsync(EvidenceText);
            await Assertions.Expect(page.Locator("#justificatif").GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", EvidenceLink);

            await page.GetByRole(AriaRole.Button, new() { Name = "Renvoyer le justificatif à l'équipe" }).ClickAsync();
            await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
            await Assertions.Expect(page.Locator("#resume-erreurs").GetByRole(AriaRole.Link,
                new() { Name = "Ce qui manque au justificatif : Ce champ est obligatoire." })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#Retour_Comment-erreur")).ToHaveTextAsync("Ce champ est obligatoire.");
            await Assertions.Expect(page.Locator("#etat-jalon")).ToHaveTextAsync("Justificatif remis");
            await browser.CheckPageAsync("jalon-renvoi-erreurs");

            await page.GetByRole(AriaRole.Button, new() { Name = "Valider le jalon" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Le jalon est validé")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#etat-jalon")).ToHaveTextAsync("Validé");
            await Assertions.Expect(page.Locator("#validation-jalon")).ToContainTextAsync("demo-coach");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Valider le jalon" })).ToHaveCountAsync(0);
            await browser.CheckPageAsync("jalon-valide");

            await FollowThePlanThroughThePortalAsync(browser, plan);
            output.WriteLine($"Coach's portal journey: {clock.Elapsed.TotalSeconds:0.0} s.");
        }
        catch
        {
            await browser.ReportAsync();
            throw;
        }
    }

    /// <summary>The team's inbox in the portal: the decision's notice unread, then marked read with its own button.</summary>
    private static async Task ReadDecisionAsync(PortalBrowser browser, string decision)
    {
        var page = browser.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Notifications", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mes notifications", Level = 1 })).ToBeVisibleAsync();
        var notice = page.Locator("#notifications > li").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = decision, Exact = true }) });
        await Assertions.Expect(notice).ToHaveCountAsync(1);
        await Assertions.Expect(notice.GetByText("Non lue", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(notice).ToContainTextAsync("pour la phase d'expérimentation");
        await browser.CheckPageAsync("notifications");

        await notice.GetByRole(AriaRole.Button, new() { Name = $"Marquer comme lue : {decision}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mes notifications", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(notice.GetByText("Non lue", new() { Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(notice.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await browser.CheckPageAsync("notification-lue");
    }

    /// <summary>Signs <paramref name="account"/> in and walks « Accompagnement » → the plan (in the list <paramref name="listId"/>) → the milestone, each page checked.</summary>
    private static async Task OpenMilestoneAsync(PortalBrowser browser, AspirePlatform platform, string account, SupportPlan plan, Milestone milestone, string listId)
    {
        var page = browser.Page;
        await browser.GoToPortalAsync(platform.Endpoint("portal"));
        await SignInAsync(browser, platform, account);
        await page.GetByRole(AriaRole.Link, new() { Name = "Accompagnement", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accompagnement", Level = 1 })).ToBeVisibleAsync();
        await browser.CheckPageAsync("accompagnement");

        await page.Locator($"#{listId}").GetByRole(AriaRole.Link, new() { Name = plan.ProjectTitle, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Accompagnement du projet « {plan.ProjectTitle} »", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#jalons tbody tr")).ToHaveCountAsync(plan.Milestones.Count);
        await browser.CheckPageAsync("plan");

        await page.Locator("#jalons").GetByRole(AriaRole.Link, new() { Name = milestone.Title, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Jalon « {milestone.Title} »", Level = 1 })).ToBeVisibleAsync();
        await browser.CheckPageAsync("jalon");
    }
}
