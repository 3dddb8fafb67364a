using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Defis.AppHost.Tests.Browser;
using Defis.Contracts.Funding.V1;
using Defis.SharedKernel.Time;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    /// <summary>Funding's word on an expense of 0,00 € (AmountChecks), which the portal shows at the amount as it came.</summary>
    private const string AmountNotPositive = "Le montant doit être supérieur à zéro.";

    private const long ExpenseCents = 123_450;
    private const string ExpenseProvider = "Coopérative Outils Publics";
    private const string ExpenseInvoice = "F-2026-118";

    /// <summary>
    /// The laureate declares an expense on the dossier's page (issue 22), once the grant is committed and paid: an amount
    /// of 0,00 € first, which the platform refuses in its own words, shown at the amount and in the error summary with
    /// every other input kept as typed; then 1 234,50 €, accepted and listed with its day, category, provider, invoice,
    /// amount and state. The platform holds that one line; finance then reads it on the grant's page
    /// (<see cref="FinanceReadsTheExpensesAsync"/>).
    /// </summary>
    private async Task DeclareAnExpenseAsync(Cast call, AspirePlatform platform)
    {
        var clock = Stopwatch.StartNew();
        // Yesterday in Paris: an expense of today could be « in the future » for a service whose clock read just before midnight.
        var day = ParisTime.DateOf(DateTimeOffset.UtcNow).AddDays(-1);
        await using var browser = await PortalBrowser.OpenAsync(output, "depenses-laureat");
        var page = browser.Page;
        try
        {
            await browser.GoToPortalAsync(platform.Endpoint("portal"));
            await SignInAsync(browser, platform, "demo-porteur-1");
            await page.GetByRole(AriaRole.Link, new() { Name = "Mes dossiers", Exact = true }).ClickAsync();
            await page.Locator($"a[href='/dossiers/{call.First.Id}']").ClickAsync();
            var section = page.Locator($"#depenses-{call.GrantId}");
            await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Vos dépenses" })).ToBeVisibleAsync();
            await Assertions.Expect(section).ToContainTextAsync("Aucune dépense déclarée pour le moment.");

            await FillExpenseAsync(page, call.GrantId, day, "0,00");
            await ExpectAmountRefusedAsync(page, call.GrantId);
            await browser.CheckPageAsync("depense-erreurs");

            await page.Locator($"#depense-{call.GrantId}-montant").FillAsync("1 234,50");
            await page.GetByRole(AriaRole.Button, new() { Name = "Déclarer la dépense" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Votre dépense est enregistrée")).ToBeVisibleAsync();
            await ExpectTheExpenseListedAsync(page.Locator($"#depenses-{call.GrantId}-tableau"), day);
            await browser.CheckPageAsync("depense-declaree");
            output.WriteLine($"Laureate's expense in the portal: {clock.Elapsed.TotalSeconds:0.0} s.");
        }
        catch
        {
            await browser.ReportAsync();
            throw;
        }
        var listed = await call.FirstTeam.Funding.ListExpensesAsync(call.GrantId, Cancellation);
        var expense = Assert.Single(listed.Expenses);
        Assert.True(expense.Accepted);
        Assert.Equal((ExpenseCategory.CollaborativeDigitalTools, ExpenseCents, ExpenseProvider, "FR", ExpenseInvoice),
            (expense.Line.Category, expense.Line.AmountCents, expense.Line.Provider, expense.Line.ProviderCountry, expense.Line.InvoiceReference));
        Assert.Equal(ExpenseCents, listed.AcceptedCents);
        await FinanceReadsTheExpensesAsync(call, platform, day);
    }

    private static async Task FillExpenseAsync(IPage page, string grantId, DateOnly day, string amount)
    {
        await page.Locator($"#depense-{grantId}-categorie").SelectOptionAsync(nameof(ExpenseCategory.CollaborativeDigitalTools));
        await page.Locator($"#depense-{grantId}-date").FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator($"#depense-{grantId}-montant").FillAsync(amount);
        await page.Locator($"#depense-{grantId}-prestataire").FillAsync(ExpenseProvider);
        await page.Locator($"#depense-{grantId}-pays").FillAsync("FR");
        await page.Locator($"#depense-{grantId}-facture").FillAsync(ExpenseInvoice);
        await page.GetByRole(AriaRole.Button, new() { Name = "Déclarer la dépense" }).ClickAsync();
    }

    /// <summary>The platform's word at the amount and in the summary, the rest kept as typed, nothing recorded.</summary>
    private static async Task ExpectAmountRefusedAsync(IPage page, string grantId)
    {
        var summary = page.Locator("#resume-erreurs");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = $"Montant de la dépense : {AmountNotPositive}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"#depense-{grantId}-montant-erreur")).ToHaveTextAsync(AmountNotPositive);
        await Assertions.Expect(page.Locator($"#depense-{grantId}-montant")).ToHaveValueAsync("0,00");
        await Assertions.Expect(page.Locator($"#depense-{grantId}-prestataire")).ToHaveValueAsync(ExpenseProvider);
        await Assertions.Expect(page.Locator($"#depense-{grantId}-facture")).ToHaveValueAsync(ExpenseInvoice);
        await Assertions.Expect(page.Locator($"#depenses-{grantId}")).ToContainTextAsync("Aucune dépense déclarée pour le moment.");
    }

    /// <summary>One row, each cell as the page writes it: the Paris day, the category in French, the provider, the invoice, the euros, « Acceptée ».</summary>
    private static async Task ExpectTheExpenseListedAsync(ILocator table, DateOnly day)
    {
        var rows = table.Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR")));
        var cells = rows.GetByRole(AriaRole.Cell);
        await Assertions.Expect(cells.Nth(0)).ToHaveTextAsync("Outils numériques collaboratifs et licences");
        await Assertions.Expect(cells.Nth(1)).ToHaveTextAsync($"{ExpenseProvider} (FR)");
        await Assertions.Expect(cells.Nth(2)).ToHaveTextAsync(ExpenseInvoice);
        await Assertions.Expect(cells.Nth(3)).ToHaveTextAsync(AsThePageWrites(ExpenseCents));
        await Assertions.Expect(cells.Nth(4)).ToHaveTextAsync("Acceptée");
    }

    /// <summary>
    /// Finance reads the laureate's expense on the grant's page, where adjusting and cancelling are offered to the
    /// committed grant; an adjustment below what is already paid is refused by the platform, said once on that form and
    /// nothing changed; a cancellation left unconfirmed is not sent, the form asking for its confirmation. The grant stays
    /// as it was for the steps after this one.
    /// </summary>
    private async Task FinanceReadsTheExpensesAsync(Cast call, AspirePlatform platform, DateOnly day)
    {
        await using var browser = await PortalBrowser.OpenAsync(output, "depenses-finance");
        var page = browser.Page;
        try
        {
            await browser.GoToPortalAsync(platform.Endpoint("portal"));
            await SignInAsync(browser, platform, PortalFinance);
            await page.GetByRole(AriaRole.Link, new() { Name = "Financement des appels" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = $"Financement de l'appel {call.Code}", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = $"Subvention du dossier {call.First.Id}" }).ClickAsync();
            await Assertions.Expect(page.Locator("#etat-subvention")).ToHaveTextAsync("Engagée");
            await ExpectTheExpenseListedAsync(page.Locator("#depenses"), day);
            await Assertions.Expect(page.Locator("#depenses-total")).ToHaveTextAsync(AsThePageWrites(ExpenseCents));
            await browser.CheckPageAsync("subvention-depenses");

            await page.Locator("#Ajustement_Montant").FillAsync("90 000");
            await page.Locator("#Ajustement_Motif").FillAsync("Dépenses moindres que prévu.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ajuster le montant" }).ClickAsync();
            var summary = page.Locator("#resume-erreurs");
            await Assertions.Expect(summary.Locator("a[href='#formulaire-ajustement']")).ToContainTextAsync("ont déjà été versés");
            await Assertions.Expect(page.Locator("#Ajustement_Montant")).ToHaveValueAsync("90 000");
            await Assertions.Expect(page.Locator("#etat-subvention")).ToHaveTextAsync("Engagée");
            await browser.CheckPageAsync("subvention-ajustement-refuse");

            await page.Locator("#Annulation_Motif").FillAsync("Projet arrêté par l'équipe.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Annuler la subvention" }).ClickAsync();
            await Assertions.Expect(page.Locator("#Annulation_Confirmation-erreur")).ToHaveTextAsync("Cochez la case pour confirmer l'annulation de la subvention.");
            await Assertions.Expect(page.Locator("#etat-subvention")).ToHaveTextAsync("Engagée");
            await browser.CheckPageAsync("subvention-annulation-non-confirmee");
        }
        catch
        {
            await browser.ReportAsync();
            throw;
        }
        var unchanged = await call.Finance.Funding.GetGrantAsync(call.GrantId, Cancellation);
        Assert.Equal((GrantStatus.Committed, RecommendedGrantCents), (unchanged.Status, unchanged.AmountCents));
    }
}
