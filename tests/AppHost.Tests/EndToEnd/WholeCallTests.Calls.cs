using System.Globalization;
using System.Text.RegularExpressions;
using Defis.AppHost.Tests.Browser;
using Defis.Contracts.Submission.V1;
using Defis.SharedKernel.Time;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    private const string ClosingRefused = "La clôture doit suivre l'ouverture.";
    private const string NoLeadType = "Au moins un type de structure porteuse.";
    private const string NotAnAmount = "Saisissez un montant en euros, en chiffres (par exemple 150 000 ou 150 000,50).";

    /// <summary>
    /// Staff prepare the call in the portal (issue 22): demo-ditp opens « Instruction des dossiers » and « Préparer un
    /// appel »; a closing before the opening, no structure and an envelope in words are all said at once, each at its
    /// input, the rest kept; then the 2021 terms are saved as a draft, read again as applicants will read them, and
    /// published. Returns the terms typed, to the minute, as the platform must now hold them.
    /// </summary>
    private async Task<ProgrammeTerms> PrepareCallThroughThePortalAsync(Cast call, AspirePlatform platform)
    {
        var expected = WholeCallData.Terms(call.Code, DateTimeOffset.UtcNow);
        var opens = ToTheMinute(expected.OpensAt);
        var closes = ToTheMinute(expected.ClosesAt);
        (expected.OpensAt, expected.ClosesAt) = (Timestamp.FromDateTimeOffset(opens), Timestamp.FromDateTimeOffset(closes));
        // What a call returns always says its retention: the default when none is typed.
        expected.RetentionMonths = 24;

        await using var browser = await PortalBrowser.OpenAsync(output, "appel");
        var page = browser.Page;
        try
        {
            await browser.GoToPortalAsync(platform.Endpoint("portal"));
            await SignInAsync(browser, platform, "demo-ditp");
            await page.GetByRole(AriaRole.Link, new() { Name = "Instruction des dossiers", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Préparer un appel" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Préparer un appel", Level = 1 })).ToBeVisibleAsync();
            await browser.CheckPageAsync("appel-nouveau");

            await FillCallAsync(page, expected, opens, closes: opens.AddDays(-1), envelope: "trois millions", leadTypes: false);
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'appel en préparation" }).ClickAsync();
            await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
            var summary = page.Locator("#resume-erreurs");
            await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = $"Jour de clôture : {ClosingRefused}" })).ToBeVisibleAsync();
            await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = $"Enveloppe de l'appel : {NotAnAmount}" })).ToBeVisibleAsync();
            await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = $"Structures porteuses admises : {NoLeadType}" })).ToBeVisibleAsync();
            await Assertions.Expect(summary.Locator("li")).ToHaveCountAsync(3);
            await Assertions.Expect(page.Locator("#Form_ClosesDate-erreur")).ToHaveTextAsync(ClosingRefused);
            await Assertions.Expect(page.Locator("#Form_Envelope-erreur")).ToHaveTextAsync(NotAnAmount);
            await Assertions.Expect(page.Locator("#Form_LeadTypes-erreur")).ToHaveTextAsync(NoLeadType);
            await Assertions.Expect(page.Locator("#Form_Title")).ToHaveValueAsync(expected.Title);
            await Assertions.Expect(page.Locator(PhaseInput(1, "Included"))).Not.ToBeCheckedAsync();
            await browser.CheckPageAsync("appel-erreurs");

            await FillCallAsync(page, expected, opens, closes, envelope: "3 000 000", leadTypes: true);
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'appel en préparation" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Appel {call.Code} en préparation", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("L'appel est enregistré en préparation")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#etat-appel")).ToHaveTextAsync("En préparation");
            await Assertions.Expect(page.Locator("#enveloppe-appel")).ToHaveTextAsync(AsThePageWrites(expected.EnvelopeCents));
            await Assertions.Expect(page.Locator("#phases-appel tbody tr")).ToHaveCountAsync(expected.Phases.Count);
            await browser.CheckPageAsync("appel-brouillon");

            await page.GetByRole(AriaRole.Navigation, new() { Name = "vous êtes ici :" }).GetByRole(AriaRole.Link, new() { Name = "Instruction des dossiers" }).ClickAsync();
            await Assertions.Expect(page.Locator("#brouillons").GetByRole(AriaRole.Link, new() { Name = $"Appel {call.Code} en préparation" })).ToBeVisibleAsync();
            await browser.CheckPageAsync("instruction-brouillons");
            await page.Locator("#brouillons").GetByRole(AriaRole.Link, new() { Name = $"Appel {call.Code} en préparation" }).ClickAsync();

            // A draft is corrected on the form it was drafted with, filled with what was saved.
            await page.GetByRole(AriaRole.Link, new() { Name = "Modifier l'appel" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Modifier l'appel {call.Code} en préparation", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#Form_Title")).ToHaveValueAsync(expected.Title);
            await browser.CheckPageAsync("appel-modification");
            expected.Title = $"{expected.Title} (revu)";
            await page.Locator("#Form_Title").FillAsync(expected.Title);
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les modifications" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Les modifications de l'appel sont enregistrées")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText(expected.Title, new() { Exact = true })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = $"Publier l'appel {call.Code}" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Dossiers de l'appel {call.Code}", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText($"L'appel {call.Code} est publié")).ToBeVisibleAsync();
            await browser.CheckPageAsync("appel-publie");
            return expected;
        }
        catch
        {
            await browser.ReportAsync();
            throw;
        }
    }

    /// <summary>The whole form, as staff type it: Paris days and times, euros with their spaces, a box per value.</summary>
    private static async Task FillCallAsync(IPage page, ProgrammeTerms terms, DateTimeOffset opens, DateTimeOffset closes, string envelope, bool leadTypes)
    {
        await page.Locator("#Form_Code").FillAsync(terms.Code);
        await page.Locator("#Form_Title").FillAsync(terms.Title);
        await page.Locator("#Form_Description").FillAsync(terms.Description);
        await FillInstantAsync(page, "Opens", opens);
        await FillInstantAsync(page, "Closes", closes);
        Phase[] lines = [Phase.Exploration, Phase.Incubation, Phase.Experimentation];
        for (var line = 0; line < lines.Length; line++)
        {
            var phase = terms.Phases.SingleOrDefault(p => p.Phase == lines[line]);
            await TickAsync(page, page.Locator(PhaseInput(line, "Included")), phase is not null);
            if (phase is not null)
            {
                await page.Locator(PhaseInput(line, "StartsOn")).FillAsync(Day(phase.StartsOn));
                await page.Locator(PhaseInput(line, "EndsOn")).FillAsync(phase.EndsOn is null ? "" : Day(phase.EndsOn));
                await page.Locator(PhaseInput(line, "MinGrant")).FillAsync(EurosAsTyped(phase.MinGrantCents));
                await page.Locator(PhaseInput(line, "MaxGrant")).FillAsync(EurosAsTyped(phase.MaxGrantCents));
            }
        }
        await page.Locator("#Form_ApplicationPhase").SelectOptionAsync(terms.ApplicationPhase.ToString());
        await page.Locator("#Form_Envelope").FillAsync(envelope);
        await page.Locator("#Form_Themes").FillAsync(string.Join("\n", terms.Themes));
        await CheckAllAsync(page, "LeadTypes", leadTypes ? terms.AllowedLeadTypes.Select(v => v.ToString()) : []);
        await CheckAllAsync(page, "Maturities", terms.MaturityLevels.Select(v => v.ToString()));
        await CheckAllAsync(page, "Expenses", terms.EligibleExpenses.Select(v => v.ToString()));
        await CheckAllAsync(page, "Sections", terms.RequiredSections.Select(v => v.ToString()));
        await TickAsync(page, page.Locator("#Form_EuropeanProvidersOnly"), terms.EuropeanProvidersOnly);
        await page.Locator("#Form_DecisionDueDays").FillAsync(terms.HasDecisionDueDays ? terms.DecisionDueDays.ToString(CultureInfo.InvariantCulture) : "");
        await page.Locator("#Form_CollectiveAllowance").FillAsync(terms.CollectiveAllowancePercent.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task FillInstantAsync(IPage page, string which, DateTimeOffset instant)
    {
        var paris = TimeZoneInfo.ConvertTime(instant, ParisTime.Zone);
        await page.Locator($"#Form_{which}Date").FillAsync(paris.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator($"#Form_{which}Time").FillAsync(paris.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    /// <summary>Ticks exactly <paramref name="values"/> among a list's boxes.</summary>
    private static async Task CheckAllAsync(IPage page, string list, IEnumerable<string> values)
    {
        var wanted = values.ToHashSet();
        foreach (var box in await page.Locator($"input[type=checkbox][name='Form.{list}']").AllAsync())
        {
            await TickAsync(page, box, wanted.Contains(await box.GetAttributeAsync("value") ?? ""));
        }
    }

    /// <summary>The DSFR draws a box on its label, which takes the click, as a person's would.</summary>
    private static async Task TickAsync(IPage page, ILocator box, bool on)
    {
        if (await box.IsCheckedAsync() != on)
        {
            await page.Locator($"label[for='{await box.GetAttributeAsync("id")}']").ClickAsync();
        }
        Assert.Equal(on, await box.IsCheckedAsync());
    }

    private static string PhaseInput(int line, string property) => $"#Form_Phases_{line}__{property}";

    private static string Day(Google.Type.Date day) => $"{day.Year:0000}-{day.Month:00}-{day.Day:00}";

    /// <summary>E.g. « 70000,00 »: cents typed as euros with their comma.</summary>
    private static string EurosAsTyped(long cents) => $"{cents / 100},{cents % 100:00}";

    /// <summary>The Paris minute an instant falls in: what a day and a time typed in the form can say.</summary>
    private static DateTimeOffset ToTheMinute(Timestamp instant)
    {
        var paris = TimeZoneInfo.ConvertTime(instant.ToDateTimeOffset(), ParisTime.Zone);
        return new DateTimeOffset(paris.Year, paris.Month, paris.Day, paris.Hour, paris.Minute, 0, paris.Offset).ToUniversalTime();
    }
}
