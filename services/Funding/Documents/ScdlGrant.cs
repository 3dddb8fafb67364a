namespace Defis.Funding.Documents;

/// <summary>
/// One row of the SCDL « Subventions » 2.1.1 table, every cell already written as the schema reads it (dates
/// AAAA-MM-JJ, amounts with a point, "oui"/"non"); an empty string is a missing value, as the schema says.
/// </summary>
public sealed record ScdlGrant(
    string NomAttribuant,
    string IdAttribuant,
    string DateConvention,
    string ReferenceDecision,
    string NomBeneficiaire,
    string IdBeneficiaire,
    string RnaBeneficiaire,
    string Objet,
    string Montant,
    string Nature,
    string ConditionsVersement,
    string DatesPeriodeVersement,
    string IdRae,
    string NotificationUe,
    string PourcentageSubvention,
    string DispositifAide)
{
    /// <summary>The schema's field names, in its order: the CSV header and the JSON members.</summary>
    public static readonly IReadOnlyList<string> FieldNames =
    [
        "nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire", "idBeneficiaire",
        "rnaBeneficiaire", "objet", "montant", "nature", "conditionsVersement", "datesPeriodeVersement", "idRAE",
        "notificationUE", "pourcentageSubvention", "dispositifAide",
    ];

    /// <summary>The cells in the order of <see cref="FieldNames"/>.</summary>
    public IReadOnlyList<string> Cells =>
    [
        NomAttribuant, IdAttribuant, DateConvention, ReferenceDecision, NomBeneficiaire, IdBeneficiaire, RnaBeneficiaire,
        Objet, Montant, Nature, ConditionsVersement, DatesPeriodeVersement, IdRae, NotificationUe, PourcentageSubvention,
        DispositifAide,
    ];
}
