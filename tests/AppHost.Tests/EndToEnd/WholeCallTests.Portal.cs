using System.Diagnostics;
using System.Text.RegularExpressions;
using Defis.AppHost.Tests.Browser;
using Defis.Contracts.Submission.V1;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    /// <summary>
    /// The applicant's filing in the portal, on the same platform (one AppHost start for the whole project): staff open a
    /// call of its own; demo-porteur-1 signs in at identity through the code flow with PKCE, reads the call, creates a
    /// dossier, files it incomplete and gets every problem at once (error summary linked to the fields, the API's own
    /// French messages next to each), fixes it and files it with the keyboard, sees it filed, then signs out.
    /// Each page passes axe (WCAG 2.1 A/AA) and is photographed into TestResults/portal.
    /// </summary>
    private async Task FileThroughThePortalAsync(Cast call, AspirePlatform platform)
    {
        var clock = Stopwatch.StartNew();
        var code = WholeCallData.NewCode();
        call.PortalCode = code;
        var terms = WholeCallData.Terms(code, DateTimeOffset.UtcNow);
        // Its own title: the whole call's is listed too.
        terms.Title = $"Appel à défis du portail {code}";
        await call.Staff.Programmes.CreateAsync(terms, Cancellation);
        await call.Staff.Programmes.PublishAsync(code, new PublishProgrammeRequest { Code = code }, Cancellation);
        // The gateway keeps the list of calls in Redis until ProgrammePublished reaches it: the page must show the new one.
        await Poll.UntilAsync(() => call.Staff.Programmes.ListPublishedAsync(Cancellation), l => l.Programmes.Any(p => p.Code == code), EventBound,
            "the new call in the gateway's list of published calls", Cancellation);
        await platform.WaitForHealthyAsync("portal", EventBound, Cancellation);
        var portal = platform.Endpoint("portal");

        await using var browser = await PortalBrowser.OpenAsync(output, "porteur");
        var page = browser.Page;
        try
        {
            await browser.GoToPortalAsync(portal);
            await browser.CheckPageAsync("accueil");

            await SignInAsync(browser, platform, "demo-porteur-1");
            Assert.StartsWith(new Uri(portal, "/appels").ToString(), page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Appels ouverts", Level = 1 })).ToBeVisibleAsync();
            await browser.CheckPageAsync("appels");

            await page.GetByRole(AriaRole.Link, new() { Name = terms.Title }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = terms.Title, Level = 1 })).ToBeVisibleAsync();
            await browser.CheckPageAsync("appel");

            await CreateDossierAsync(page, code);
            await browser.CheckPageAsync("dossier-vierge");

            await FillIncompleteAsync(page);
            await SubmitWithKeyboardAsync(page);
            await CheckRefusalAsync(page);
            await browser.CheckPageAsync("dossier-erreurs");

            await page.Locator("#Form_Problem").FillAsync("Un courrier sur trois déclenche un appel pour en comprendre le sens.");
            await page.Locator("#Form_ProviderCountry").FillAsync("FR");
            await page.Locator("#Form_Signed").FocusAsync();
            await page.Keyboard.PressAsync("Space");
            await SubmitWithKeyboardAsync(page);
            await Assertions.Expect(page.GetByText("Votre dossier est déposé")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#etat-dossier")).ToHaveTextAsync("Déposé");
            await Assertions.Expect(page.GetByText($"Sa référence est {code}-0001.")).ToBeVisibleAsync();
            await browser.CheckPageAsync("dossier-depose");

            await page.GetByRole(AriaRole.Link, new() { Name = "Mes dossiers" }).First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = $"{code}-0001" })).ToBeVisibleAsync();
            await browser.CheckPageAsync("mes-dossiers");

            await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
            // Through identity's end-session endpoint and back to the portal's home page.
            await Assertions.Expect(page).ToHaveURLAsync(portal.ToString());
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Se connecter" }).First).ToBeVisibleAsync();
        }
        catch
        {
            await browser.ReportAsync();
            throw;
        }
        output.WriteLine($"Portal journey: {clock.Elapsed.TotalSeconds:0.0} s.");
    }

    /// <summary>From the portal to identity's sign-in page and back with the code: the account chosen and the password typed, Enter sends.</summary>
    private static async Task SignInAsync(PortalBrowser browser, AspirePlatform platform, string account)
    {
        var page = browser.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Se connecter" }).First.ClickAsync();
        // Identity's authorization endpoint and sign-in page are cold on the first sign-in too (a helper's run timed out
        // here at 30 s with a load average of 34): the same budget, and its form awaited rather than its load event.
        await ArrivesAtAsync(page, platform.Endpoint("identity"), "connexion");
        await Assertions.Expect(page.GetByLabel("Compte de démonstration")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await browser.CheckPageAsync("identite-connexion");
        await page.GetByLabel("Compte de démonstration").SelectOptionAsync(account);
        await page.GetByLabel("Mot de passe").FillAsync(platform.Secret("demo-password"));
        await page.Keyboard.PressAsync("Enter");
        // The first sign-in of the run crosses identity's token endpoint and the portal's callback cold, while the other
        // test projects load both cores: it gets the cold platform's budget, and the page's content is awaited, not its load event.
        await ArrivesAtAsync(page, platform.Endpoint("portal"), "appels");
        await Assertions.Expect(page.GetByText(account).First).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    /// <summary>
    /// The address is polled rather than a navigation awaited: after a chain of redirects under load, the client's check of
    /// the current address and its listener for the next navigation raced, and the president's sign-in waited 120 s on a
    /// page already showing /appels.
    /// </summary>
    private static Task ArrivesAtAsync(IPage page, Uri site, string path) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex($"^{Regex.Escape(site.ToString().TrimEnd('/'))}/{path}([?#].*)?$"),
            new() { Timeout = PortalBrowser.ColdPlatformTimeout });

    private static async Task CreateDossierAsync(IPage page, string code)
    {
        await page.GetByLabel("Titre du projet").FillAsync("Des courriers que l'on comprend du premier coup");
        await page.GetByLabel("Nom de la structure porteuse").FillAsync(WholeCallData.FirstLead);
        await page.GetByLabel("Type de structure porteuse").SelectOptionAsync(nameof(LeadStructureType.CentralAdministration));
        await page.GetByLabel("Adresse électronique de contact").FillAsync($"equipe-portail-{code.ToLowerInvariant()}@example.gouv.fr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le dossier" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dossiers/[^/]+/modifier$"));
    }

    /// <summary>Everything but the problem statement, a provider outside Europe, the act not signed.</summary>
    private static async Task FillIncompleteAsync(IPage page)
    {
        await page.Locator("#Form_Theme").SelectOptionAsync(WholeCallData.Theme);
        await page.Locator("#Form_Maturity").SelectOptionAsync(nameof(MaturityLevel.Tests));
        await page.Locator("#Form_Context").FillAsync("Le constat vient des agents de terrain, qui le rencontrent chaque semaine.");
        await page.Locator("#Form_PriorityReform").FillAsync("Simplification et qualité du service rendu aux usagers.");
        await page.Locator("#Form_ImpactForAgents").FillAsync("Moins de tâches répétitives.");
        await page.Locator("#Form_ImpactForUsers").FillAsync("Un service plus simple et mieux compris.");
        await page.Locator("#Form_PriorActions").FillAsync("Des entretiens avec des usagers.");
        await page.Locator("#Form_LessonsLearnt").FillAsync("Associer les usagers dès le début.");
        await page.Locator("#Form_MemberName").FillAsync("Claire Martin");
        await page.Locator("#Form_MemberRole").FillAsync("Cheffe de projet");
        await page.Locator("#Form_MemberEmail").FillAsync("claire.martin@example.gouv.fr");
        await page.Locator("#Form_Department").FillAsync("75");
        await page.Locator("#Form_ExpenseCategory").SelectOptionAsync(nameof(ExpenseCategory.IntellectualServices));
        await page.Locator("#Form_ExpenseLabel").FillAsync("Design de service et animation");
        await page.Locator("#Form_ExpenseAmount").FillAsync("120 000");
        await page.Locator("#Form_ProviderName").FillAsync("Atelier Commun");
        await page.Locator("#Form_ProviderCountry").FillAsync("US");
        await page.Locator("#Form_RequestedAmount").FillAsync("100 000");
        await page.Locator("#Form_SignatoryName").FillAsync("Direction de la structure");
        await page.Locator("#Form_SignatoryPosition").FillAsync("Directrice");
        await page.Locator("#Form_SignatoryLevel").SelectOptionAsync(nameof(SignatoryLevel.Director));
    }

    /// <summary>Keyboard only: from the act's checkbox, Tab past "Enregistrer le brouillon" to "Déposer le dossier", then Enter.</summary>
    private static async Task SubmitWithKeyboardAsync(IPage page)
    {
        await page.Locator("#Form_Signed").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Déposer le dossier" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Every problem at once: the summary (focused, each entry a link to its field) and the API's message next to each field.</summary>
    private static async Task CheckRefusalAsync(IPage page)
    {
        var summary = page.Locator("#resume-erreurs");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.Locator("a[href='#Form_Problem']")).ToContainTextAsync("Cette rubrique est exigée par l'appel.");
        await Assertions.Expect(summary.Locator("a[href='#Form_ProviderCountry']")).ToContainTextAsync("L'appel exige un prestataire établi en Europe.");
        await Assertions.Expect(summary.Locator("a[href='#Form_Signed']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Form_Problem-erreur")).ToHaveTextAsync("Cette rubrique est exigée par l'appel.");
        await Assertions.Expect(page.Locator("#Form_ProviderCountry-erreur")).ToHaveTextAsync("L'appel exige un prestataire établi en Europe.");
        await Assertions.Expect(page.Locator("#Form_Problem")).ToHaveAttributeAsync("aria-describedby", "Form_Problem-erreur");
        Assert.StartsWith("Erreur — ", await page.TitleAsync(), StringComparison.Ordinal);
        // The summary's link takes the keyboard to its field.
        await summary.Locator("a[href='#Form_Problem']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#Form_Problem")).ToBeFocusedAsync();
    }
}
