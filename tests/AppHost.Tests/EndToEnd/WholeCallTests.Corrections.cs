using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Defis.AppHost.Tests.Browser;
using Defis.Contracts.Submission.V1;
using Defis.SharedKernel.Time;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    private static readonly string[] CorrectionReasons = ["Précisez le budget des prestations intellectuelles.", "Joignez la lettre d'engagement signée."];

    /// <summary>
    /// Corrections in the portal (issue 22), on the dossier filed there: demo-ditp opens « Instruction des dossiers »,
    /// the call (writing to all its teams on the way) and the dossier; no reason and a deadline already past are both
    /// refused by the platform, each at its field; then two reasons and a deadline in two weeks return it « À corriger »,
    /// and staff write to its team with a file. demo-porteur-1 then reads the reasons on the dossier, answers on its
    /// thread with the signed letter (<see cref="TeamAnswersStaffAsync"/>), lets a team member edit it too
    /// (<see cref="InviteCoEditorAsync"/>), completes it above the reasons and files it again: « Redéposé ».
    /// </summary>
    private async Task CorrectThroughThePortalAsync(Cast call, AspirePlatform platform)
    {
        var clock = Stopwatch.StartNew();
        var reference = $"{call.PortalCode}-0001";
        await ReturnForCorrectionAsync(platform, call.PortalCode, reference);
        await ResubmitAsync(platform, reference);

        var dossier = await call.Staff.Dossiers.GetByReferenceAsync(reference, Cancellation);
        Assert.Equal(DossierStatus.Resubmitted, dossier.Status);
        var returned = Assert.Single(dossier.History, h => h.To == DossierStatus.ReturnedForCorrection);
        Assert.Equal(("demo-ditp", string.Join(" ; ", CorrectionReasons)), (returned.By, returned.Reason));
        Assert.Equal("demo-porteur-1", dossier.History[^1].By);
        Assert.Equal(["claire.martin@example.gouv.fr"], dossier.CoEditorEmails);
        var thread = (await call.Staff.Correspondence.ListMessagesAsync(dossier.Id, Cancellation)).Messages;
        var corrected = Assert.Single(thread, m => m.Body == StaffMessage);
        Assert.True(corrected.Read);
        Assert.NotNull(corrected.EditedAt);
        var letter = Assert.Single((await call.Staff.Correspondence.ListAttachmentsAsync(dossier.Id, Cancellation)).Attachments, a => a.FileName == LetterName);
        Assert.Equal([letter.Id], thread[^1].AttachmentIds);
        output.WriteLine($"Corrections' portal journeys: {clock.Elapsed.TotalSeconds:0.0} s.");
    }

    private async Task ReturnForCorrectionAsync(AspirePlatform platform, string code, string reference)
    {
        await using var browser = await PortalBrowser.OpenAsync(output, "instruction");
        var page = browser.Page;
        try
        {
            await browser.GoToPortalAsync(platform.Endpoint("portal"));
            await SignInAsync(browser, platform, "demo-ditp");
            await page.GetByRole(AriaRole.Link, new() { Name = "Instruction des dossiers", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Instruction des dossiers", Level = 1 })).ToBeVisibleAsync();
            await browser.CheckPageAsync("instruction");

            await page.GetByRole(AriaRole.Link, new() { Name = $"Dossiers de l'appel {code}", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Dossiers de l'appel {code}", Level = 1 })).ToBeVisibleAsync();
            await browser.CheckPageAsync("instruction-appel");
            await StaffWriteToTheCallAsync(browser, code);
            await StaffExportTheCallAsync(browser, code, reference);

            await page.Locator("#dossiers-appel").GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Dossier {reference}", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#etat-dossier")).ToHaveTextAsync("Déposé");
            await browser.CheckPageAsync("instruction-dossier");

            await page.Locator("#Form_DeadlineDate").FillAsync("2020-01-31");
            await page.Locator("#Form_DeadlineTime").FillAsync("12:00");
            await page.GetByRole(AriaRole.Button, new() { Name = "Renvoyer le dossier pour correction" }).ClickAsync();
            await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
            var summary = page.Locator("#resume-erreurs");
            await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Corrections demandées : Indiquez au moins un motif, sans motif vide." })).ToBeVisibleAsync();
            await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Jour limite de correction : La date limite de correction doit être future." })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#Form_DeadlineDate-erreur")).ToHaveTextAsync("La date limite de correction doit être future.");
            await Assertions.Expect(page.Locator("#Form_DeadlineDate")).ToHaveValueAsync("2020-01-31");
            await Assertions.Expect(page.Locator("#etat-dossier")).ToHaveTextAsync("Déposé");
            await browser.CheckPageAsync("instruction-erreurs");

            var paris = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, ParisTime.Zone);
            await page.Locator("#Form_Reasons").FillAsync(string.Join("\n", CorrectionReasons));
            await page.Locator("#Form_DeadlineDate").FillAsync(paris.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Renvoyer le dossier pour correction" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Le dossier est renvoyé à son équipe")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#etat-dossier")).ToHaveTextAsync("À corriger");
            await Assertions.Expect(page.Locator("#corrections li")).ToHaveTextAsync(CorrectionReasons);
            await browser.CheckPageAsync("instruction-correction");
            await StaffWriteToTheTeamAsync(browser);
        }
        catch
        {
            await browser.ReportAsync();
            throw;
        }
    }

    private async Task ResubmitAsync(AspirePlatform platform, string reference)
    {
        await using var browser = await PortalBrowser.OpenAsync(output, "porteur-correction");
        var page = browser.Page;
        try
        {
            await browser.GoToPortalAsync(platform.Endpoint("portal"));
            await SignInAsync(browser, platform, "demo-porteur-1");
            await page.GetByRole(AriaRole.Link, new() { Name = "Mes dossiers" }).First.ClickAsync();
            var line = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = reference, Exact = true }) });
            await line.GetByRole(AriaRole.Link).ClickAsync();
            await Assertions.Expect(page.Locator("#etat-dossier")).ToHaveTextAsync("À corriger");
            await Assertions.Expect(page.Locator("#corrections-demandees li")).ToHaveTextAsync(CorrectionReasons);
            await Assertions.Expect(page.Locator("#corrections-demandees h2")).ToContainTextAsync("Corrections demandées, avant le ");
            await browser.CheckPageAsync("dossier-a-corriger");
            await TeamAnswersStaffAsync(browser);
            await InviteCoEditorAsync(browser);

            await page.GetByRole(AriaRole.Link, new() { Name = "Compléter le dossier" }).ClickAsync();
            await Assertions.Expect(page.Locator("#corrections-demandees li")).ToHaveTextAsync(CorrectionReasons);
            await page.Locator("#Form_ExpenseLabel").FillAsync("Design de service, animation des ateliers et restitution");
            await browser.CheckPageAsync("dossier-correction");
            await page.GetByRole(AriaRole.Button, new() { Name = "Déposer le dossier" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Votre dossier est déposé")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#etat-dossier")).ToHaveTextAsync("Redéposé");
            await Assertions.Expect(page.Locator("#corrections-demandees")).ToHaveCountAsync(0);
            await browser.CheckPageAsync("dossier-redepose");
            await TeamDownloadsTheReceiptAsync(page);
        }
        catch
        {
            await browser.ReportAsync();
            throw;
        }
    }

    /// <summary>The lead invites no one (refused at the choice, in the platform's word), then the team member of the form.</summary>
    private static async Task InviteCoEditorAsync(PortalBrowser browser)
    {
        var page = browser.Page;
        const string member = "claire.martin@example.gouv.fr";
        await page.GetByRole(AriaRole.Button, new() { Name = "Inviter à compléter le dossier" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
        await Assertions.Expect(page.Locator("#resume-erreurs").GetByRole(AriaRole.Link, new() { Name = "Membre de l'équipe : Ce champ est obligatoire." })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#CoEditor_Email-erreur")).ToHaveTextAsync("Ce champ est obligatoire.");
        await browser.CheckPageAsync("co-editeur-erreurs");

        await page.Locator("#CoEditor_Email").SelectOptionAsync(member);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inviter à compléter le dossier" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"{member} peut désormais compléter le dossier avec vous.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#co-editeurs li")).ToHaveTextAsync([member]);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Inviter à compléter le dossier" })).ToHaveCountAsync(0);
        await browser.CheckPageAsync("co-editeur-invite");
    }
}
