using System.Security.Claims;
using Defis.Contracts.Funding.V1;
using Defis.SharedKernel.Teams;

namespace Defis.Portal.Forms;

/// <summary>
/// One expense a laureate declares against a committed grant: its category, the day it was spent, its amount typed in
/// euros, the provider, where the provider is based and the invoice's reference. A dossier may hold a grant per phase,
/// each with its own form: inputs are named by grant so that a refusal lands on the form that was sent.
/// </summary>
public sealed class ExpenseForm
{
    /// <summary>Not positive: the platform refuses it whatever else the request says (see <see cref="ToRequest"/>).</summary>
    internal const long StandIn = 0;

    public ExpenseCategory Category { get; set; }

    public string? Date { get; set; }

    public string? Amount { get; set; }

    public string? Provider { get; set; }

    public string? ProviderCountry { get; set; }

    public string? InvoiceReference { get; set; }

    public static string FormId(string grantId) => $"formulaire-depense-{grantId}";

    /// <summary>
    /// Whether the signed-in person may declare expenses on the dossier's grants: its lead may, a co-editor (named by the
    /// e-mail of their sign-in among the dossier's co-editors) follows the grant but does not, as Funding rules.
    /// </summary>
    public static bool OfferedTo(ClaimsPrincipal user, Defis.Contracts.Submission.V1.Dossier dossier) =>
        !EmailAddress.IsAmong(user.FindFirst("email")?.Value, dossier.CoEditorEmails);

    public static string CategoryInput(string grantId) => $"depense-{grantId}-categorie";

    public static string DateInput(string grantId) => $"depense-{grantId}-date";

    public static string AmountInput(string grantId) => $"depense-{grantId}-montant";

    public static string ProviderInput(string grantId) => $"depense-{grantId}-prestataire";

    public static string CountryInput(string grantId) => $"depense-{grantId}-pays";

    public static string InvoiceInput(string grantId) => $"depense-{grantId}-facture";

    /// <summary>The inputs in page order, each with the platform's path of the one line sent ("lines" itself lands on the first).</summary>
    public static IReadOnlyList<FormField> Fields(string grantId) =>
    [
        new(CategoryInput(grantId), "lines[0].category", "Catégorie de la dépense"),
        new(DateInput(grantId), "lines[0].date", "Date de la dépense"),
        new(AmountInput(grantId), "lines[0].amountCents", "Montant de la dépense"),
        new(ProviderInput(grantId), "lines[0].provider", "Prestataire"),
        new(CountryInput(grantId), "lines[0].providerCountry", "Pays du prestataire"),
        new(InvoiceInput(grantId), "lines[0].invoiceReference", "Référence de la facture"),
    ];

    /// <summary>
    /// The declaration of one line, with the form's own problems (a day or an amount it cannot read) in
    /// <paramref name="errors"/>. Such a day is left out and such an amount sent as <see cref="StandIn"/>, both of which the
    /// platform refuses: it still names the other bad fields, so the laureate hears of every problem at once, and nothing
    /// is recorded. A blank amount is sent as zero too: that an expense is more than nothing is the platform's to say.
    /// </summary>
    public DeclareExpensesRequest ToRequest(string grantId, FormErrors errors)
    {
        var fields = Fields(grantId);
        var (day, dayProblem) = ParisInput.Day(Date);
        if (dayProblem is { } badDay)
        {
            errors.Add(fields[1].Input, fields[1].Label, badDay);
        }
        var cents = EuroAmount.Read(Amount, fields[2], errors, StandIn);
        var line = new ExpenseLine
        {
            Category = Category,
            AmountCents = cents,
            Provider = Provider?.Trim() ?? "",
            ProviderCountry = ProviderCountry?.Trim().ToUpperInvariant() ?? "",
            InvoiceReference = InvoiceReference?.Trim() ?? "",
            Date = day is { } d ? new Google.Type.Date { Year = d.Year, Month = d.Month, Day = d.Day } : null,
        };
        return new DeclareExpensesRequest { GrantId = grantId, Lines = { line } };
    }

    /// <summary>
    /// A refusal's body as the form's errors, after the form's own: the platform's word on a stand-in is left out, the form's
    /// own word on what was typed standing alone there; a state refusal (a grant no longer committed) is said once, on the form.
    /// </summary>
    public static FormErrors Refusal(string? body, string grantId, FormErrors local) =>
        FormErrors.FromRefusalBesides(body, Fields(grantId), FormId(grantId), local);
}
