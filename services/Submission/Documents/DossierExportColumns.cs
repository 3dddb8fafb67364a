using System.Globalization;
using Defis.SharedKernel.Text;
using Defis.Submission.Domain;

namespace Defis.Submission.Documents;

/// <summary>
/// The columns of the dossiers export, in order, with their French headers (docs/exports/dossiers.md describes each).
/// Amounts are whole cents; instants are Europe/Paris, ISO 8601 with their offset. Every cell typed by people is
/// neutralised (<see cref="SpreadsheetText"/>); numbers, dates and our own words are not.
/// </summary>
public static class DossierExportColumns
{
    public sealed record Column(string Header, Func<Dossier, object> Value);

    public static readonly IReadOnlyList<Column> All =
    [
        new("reference", d => d.Reference ?? ""),
        new("statut", d => d.Status.ToString()),
        new("phase_retenue", d => d.SelectedPhase?.ToString() ?? ""),
        new("depose_le", d => d.SubmittedAt is { } at ? Paris(at) : ""),
        new("modifie_le", d => Paris(d.UpdatedAt)),
        new("titre", d => Typed(d.Title)),
        new("structure_cheffe_de_file", d => Typed(d.LeadStructureName)),
        new("type_structure", d => d.LeadStructureType.ToString()),
        new("siret", d => d.LeadStructureSiret ?? ""),
        new("courriel_contact", d => Typed(d.ContactEmail)),
        new("theme", d => Typed(d.Theme)),
        new("maturite", d => d.Details.Maturity?.ToString() ?? ""),
        new("territoires", d => string.Join(' ', d.TerritoryKeys)),
        new("partenaires", d => Typed(string.Join(" ; ", d.Details.Partners.Select(p => p.Name)))),
        new("membres_equipe", d => d.Details.Team.Count),
        new("montant_demande_centimes", d => d.Details.Budget.RequestedCents),
        new("budget_total_centimes", d => d.Details.Budget.TotalCents),
        new("autofinancement_centimes", d => d.Details.Budget.SelfFinancingCents),
        new("probleme", d => Typed(d.Details.Narrative.Problem)),
        new("contexte", d => Typed(d.Details.Narrative.Context)),
        new("reforme_prioritaire", d => Typed(d.Details.Narrative.PriorityReform)),
        new("impact_agents", d => Typed(d.Details.Narrative.ImpactForAgents)),
        new("impact_usagers", d => Typed(d.Details.Narrative.ImpactForUsers)),
        new("acte_de_candidature_signe", d => d.Details.ActOfCandidacy?.Signed == true ? "oui" : "non"),
    ];

    public static readonly IReadOnlyList<string> Headers = [.. All.Select(c => c.Header)];

    public static IReadOnlyList<object> Cells(Dossier dossier) => [.. All.Select(c => c.Value(dossier))];

    private static string Typed(string value) => SpreadsheetText.Neutralised(value);

    private static string Paris(DateTimeOffset instant) =>
        Defis.SharedKernel.Time.ParisTime.ToParis(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
