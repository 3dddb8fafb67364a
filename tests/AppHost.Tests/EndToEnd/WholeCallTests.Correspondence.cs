using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Defis.AppHost.Tests.Browser;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    private const string StaffDraft = "Vous trouverez ci-joint un modèle de lettre.";
    private const string StaffMessage = "Vous trouverez ci-joint un modèle de lettre d'engagement à faire signer.";
    private const string TemplateName = "modele-lettre.txt";
    private const string TemplateText = "Lettre d'engagement\nLe signataire s'engage à soutenir le projet pendant toute sa durée.\n";
    private const string LetterName = "lettre-engagement.pdf";
    private const string MessageFormId = "formulaire-message";
    private static readonly byte[] Letter = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>
    /// Staff write to every team of the call from its page (an empty text refused at its field first), then come back
    /// to the call's page.
    /// </summary>
    private static async Task StaffWriteToTheCallAsync(PortalBrowser browser, string code)
    {
        var page = browser.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Écrire à toutes les équipes", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer à toutes les équipes" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
        await Assertions.Expect(page.Locator("#Annonce_Body-erreur")).ToHaveTextAsync("Ce champ est obligatoire.");
        await browser.CheckPageAsync("message-appel-erreurs");

        await page.Locator("#Annonce_Body").FillAsync("Les dossiers à corriger le seront dans les deux semaines suivant la demande.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer à toutes les équipes" }).ClickAsync();
        await Assertions.Expect(page.GetByText(new Regex("Votre message est déposé sur le fil (d'un dossier|de \\d+ dossiers)"))).ToBeVisibleAsync();
        await browser.CheckPageAsync("message-appel");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Appel {code}", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Dossiers de l'appel {code}", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>
    /// From the dossier it just returned, staff open « Échanges et pièces »: an empty message is refused at its field;
    /// then a message with a file goes to the team, unread yet, and a private note is kept. Back on the dossier after.
    /// </summary>
    private static async Task StaffWriteToTheTeamAsync(PortalBrowser browser)
    {
        var page = browser.Page;
        var dossierPage = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Échanges avec l'équipe, pièces et notes internes" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Échanges et pièces", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le message" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
        await Assertions.Expect(page.Locator("#resume-erreurs").GetByRole(AriaRole.Link, new() { Name = "Votre message : Ce champ est obligatoire." })).ToBeVisibleAsync();
        await browser.CheckPageAsync("echanges-erreurs");

        await page.Locator("#Message_Body").FillAsync(StaffDraft);
        await page.Locator("#Message_Fichier").SetInputFilesAsync(new FilePayload { Name = TemplateName, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(TemplateText) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le message" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Votre message est envoyé")).ToBeVisibleAsync();
        await CorrectUnreadMessageAsync(browser, page.Locator("#fil-messages > li").Filter(new() { HasText = StaffDraft }));
        var sent = page.Locator("#fil-messages > li").Filter(new() { HasText = StaffMessage });
        await Assertions.Expect(sent).ToContainTextAsync("Non lu");
        await Assertions.Expect(sent).ToContainTextAsync(TemplateName);

        await page.Locator("#Note_Body").FillAsync("Porteur prévenu par téléphone de la demande de corrections.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter la note" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Votre note interne est enregistrée.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#notes-internes > li")).ToContainTextAsync(["Porteur prévenu par téléphone"]);
        await browser.CheckPageAsync("echanges-instruction");
        await page.GotoAsync(dossierPage);
    }

    /// <summary>
    /// The lead reads staff's message (« Nouveau »), downloads its file once scanned (the very bytes sent), deposits the
    /// signed letter (an empty file refused first, at the file's input), and answers joining it. Back on the dossier after.
    /// </summary>
    private async Task TeamAnswersStaffAsync(PortalBrowser browser)
    {
        var page = browser.Page;
        var dossierPage = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Échanges et pièces du dossier" }).ClickAsync();
        var received = page.Locator("#fil-messages > li").Filter(new() { HasText = StaffMessage });
        await Assertions.Expect(received).ToContainTextAsync("Équipe du programme");
        await Assertions.Expect(received).ToContainTextAsync("Nouveau");
        var template = await ScannedLinkAsync(page, received, TemplateName);
        var download = await page.RunAndWaitForDownloadAsync(() => template.ClickAsync());
        Assert.Equal(TemplateName, download.SuggestedFilename);
        Assert.Equal(TemplateText, await File.ReadAllTextAsync(await download.PathAsync(), Cancellation));
        await browser.CheckPageAsync("echanges-equipe");

        await page.Locator("#Piece_Fichier").SetInputFilesAsync(new FilePayload { Name = "vide.pdf", MimeType = "application/pdf", Buffer = [] });
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer la pièce" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Piece_Fichier-erreur")).ToHaveTextAsync("Le fichier est vide.");
        await browser.CheckPageAsync("echanges-piece-erreur");
        await page.Locator("#Piece_Fichier").SetInputFilesAsync(new FilePayload { Name = LetterName, MimeType = "application/pdf", Buffer = Letter });
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer la pièce" }).ClickAsync();
        await Assertions.Expect(page.GetByText("La pièce est déposée")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#liste-pieces tbody tr").Filter(new() { HasText = LetterName })).ToHaveCountAsync(1);

        await page.Locator("#Message_Body").FillAsync("Voici la lettre d'engagement signée.");
        // The DSFR draws the box on its label, which takes the click, as a person's would.
        await page.Locator($"#{MessageFormId} label").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(LetterName)} ") }).ClickAsync();
        await Assertions.Expect(page.GetByLabel(new Regex($"^{Regex.Escape(LetterName)} "))).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le message" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Votre message est envoyé")).ToBeVisibleAsync();
        var answer = page.Locator("#fil-messages > li").Last;
        await Assertions.Expect(answer).ToContainTextAsync("Vous");
        await Assertions.Expect(answer).ToContainTextAsync(LetterName);
        await browser.CheckPageAsync("echanges-reponse");
        await page.GotoAsync(dossierPage);
    }

    /// <summary>A file is downloadable by others once the antivirus has passed it: the page is shown again until then.</summary>
    private static async Task<ILocator> ScannedLinkAsync(IPage page, ILocator within, string fileName)
    {
        var link = within.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^{Regex.Escape(fileName)}") });
        var clock = Stopwatch.StartNew();
        while (await link.CountAsync() == 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"{fileName} was not scanned within 2 minutes.");
            await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
            await page.ReloadAsync();
        }
        return link;
    }

    /// <summary>Staff correct their message while it is unread: an empty text is refused at that message's form, then the new one shows.</summary>
    private static async Task CorrectUnreadMessageAsync(PortalBrowser browser, ILocator message)
    {
        var page = browser.Page;
        await message.GetByText("Modifier ce message").ClickAsync();
        await message.Locator("textarea").FillAsync("");
        await message.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la modification" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
        var refused = page.Locator("#fil-messages > li").Filter(new() { HasText = StaffDraft });
        await Assertions.Expect(refused.Locator(".fr-error-text")).ToHaveTextAsync("Ce champ est obligatoire.");
        await browser.CheckPageAsync("echanges-modification-erreur");

        await refused.Locator("textarea").FillAsync(StaffMessage);
        await refused.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la modification" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Votre message est modifié.")).ToBeVisibleAsync();
    }
}
