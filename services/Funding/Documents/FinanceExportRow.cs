using System.Globalization;
using Defis.Funding.Domain;
using Defis.SharedKernel.Text;
using Defis.SharedKernel.Time;

namespace Defis.Funding.Documents;

/// <summary>
/// One row of the finance export: a grant, one of its tranches or one expense declared against it
/// (docs/exports/finance.md). Amounts in whole cents; dates in Europe/Paris; cells typed by people neutralised.
/// </summary>
public sealed record FinanceExportRow(string Type, Guid GrantId, string DossierReference, string Phase, string Status, string Number,
    long AmountCents, string Date, string Detail, string Provider, string Country, string InvoiceReference, string Rejections)
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "type", "dotation", "reference_dossier", "phase", "statut", "numero", "montant_centimes", "date", "detail",
        "fournisseur", "pays", "reference_facture", "motifs_rejet",
    ];

    public IReadOnlyList<object> Cells =>
        [Type, GrantId.ToString(), DossierReference, Phase, Status, Number, AmountCents, Date, Detail, Provider, Country, InvoiceReference, Rejections];

    public static FinanceExportRow Of(Grant grant, string reference) => new("dotation", grant.Id, reference, grant.Phase.ToString(),
        grant.Status.ToString(), "", grant.Amount.Cents, grant.CommittedAt is { } at ? Day(at) : "", "", "", "", "", "");

    public static FinanceExportRow Of(Grant grant, Tranche tranche, string reference) => new("tranche", grant.Id, reference,
        grant.Phase.ToString(), tranche.Status.ToString(), tranche.Number.ToString(CultureInfo.InvariantCulture), tranche.Amount.Cents,
        tranche.ReleasedAt is { } at ? Day(at) : "", Typed(tranche.Milestone is { } milestone ? $"{tranche.Trigger} : {milestone}" : tranche.Trigger.ToString()),
        "", "", "", "");

    public static FinanceExportRow Of(Guid grantId, ExpenseLine line, string reference) => new("dépense", grantId, reference, "",
        line.IsAccepted ? "Accepted" : "Rejected", "", line.Declaration.Amount.Cents,
        line.Declaration.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), line.Declaration.Category.ToString(),
        Typed(line.Declaration.Provider), line.Declaration.ProviderCountry, Typed(line.Declaration.InvoiceReference),
        string.Join(" ; ", line.Rejections.Select(r => r.Description)));

    private static string Typed(string value) => SpreadsheetText.Neutralised(value);

    private static string Day(DateTimeOffset instant) => ParisTime.DateOf(instant).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
