using System.Globalization;
using System.Text.RegularExpressions;

namespace Defis.Funding.IntegrationTests.OpenData;

/// <summary>
/// The rules of the SCDL « Subventions » 2.1.1 table schema, as docs/open-data/scdl-subventions.md writes them down:
/// required fields, formats, enumerations and limits. <see cref="Violations"/> lists every rule a row breaks.
/// </summary>
internal static partial class ScdlSchemaRules
{
    public static readonly string[] Fields =
    [
        "nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire", "idBeneficiaire",
        "rnaBeneficiaire", "objet", "montant", "nature", "conditionsVersement", "datesPeriodeVersement", "idRAE",
        "notificationUE", "pourcentageSubvention", "dispositifAide",
    ];

    private static readonly string[] Required =
    [
        "nomAttribuant", "idAttribuant", "dateConvention", "nomBeneficiaire", "objet", "montant", "nature",
        "conditionsVersement", "datesPeriodeVersement", "notificationUE", "pourcentageSubvention",
    ];

    private static readonly string[] Natures =
        ["aide en numéraire", "aide en nature", "aide en numéraire;aide en nature", "aide en nature;aide en numéraire"];

    public static IReadOnlyList<string> Violations(IReadOnlyDictionary<string, string> row)
    {
        var broken = new List<string>();
        void Check(bool ok, string rule)
        {
            if (!ok)
            {
                broken.Add(rule);
            }
        }
        Check(row.Keys.Order().SequenceEqual(Fields.Order()), "exactly the 16 fields");
        foreach (var field in Required)
        {
            Check(!string.IsNullOrEmpty(row.GetValueOrDefault(field)), $"{field} required");
        }
        string Cell(string field) => row.GetValueOrDefault(field) ?? "";
        Check(Siret().IsMatch(Cell("idAttribuant")), "idAttribuant: 14 digits");
        Check(IsDay(Cell("dateConvention")), "dateConvention: a date AAAA-MM-JJ");
        Check(Cell("idBeneficiaire") is "" || Siret().IsMatch(Cell("idBeneficiaire")), "idBeneficiaire: 14 digits when given");
        Check(Cell("rnaBeneficiaire") is "" || Rna().IsMatch(Cell("rnaBeneficiaire")), "rnaBeneficiaire: W and 9 digits when given");
        Check(Cell("objet").Length < 256, "objet: less than 256 characters");
        Check(Number(Cell("montant")) is not null, "montant: a number with a point");
        Check(Natures.Contains(Cell("nature")), "nature: one of the four values");
        Check(Cell("conditionsVersement").Length < 256, "conditionsVersement: less than 256 characters");
        Check(Period().IsMatch(Cell("datesPeriodeVersement")) && Cell("datesPeriodeVersement").Split('/').All(IsDay),
            "datesPeriodeVersement: a date or a period of two dates");
        Check(Cell("idRAE").Length < 5, "idRAE: less than 5 characters");
        Check(Cell("notificationUE") is "oui" or "non", "notificationUE: oui or non");
        Check(Number(Cell("pourcentageSubvention")) is >= 0.01m and <= 1m, "pourcentageSubvention: between 0.01 and 1");
        return broken;
    }

    private static bool IsDay(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static decimal? Number(string value) =>
        Decimal().IsMatch(value) ? decimal.Parse(value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^\d{14}$")]
    private static partial Regex Siret();

    [GeneratedRegex(@"^W\d{9}$")]
    private static partial Regex Rna();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}(/[0-9]{4}-[0-9]{2}-[0-9]{2})?$")]
    private static partial Regex Period();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex Decimal();
}
