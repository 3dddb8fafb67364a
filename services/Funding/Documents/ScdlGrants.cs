using System.Globalization;
using Defis.Funding.Domain;
using Defis.Funding.Persistence;
using Defis.ServiceInfrastructure.Documents;
using Defis.SharedKernel.Text;
using Defis.SharedKernel.Time;

namespace Defis.Funding.Documents;

/// <summary>
/// Which grants the open data shows and how each becomes an SCDL row; every choice is written down in
/// docs/open-data/scdl-subventions.md.
/// </summary>
public static class ScdlGrants
{
    /// <summary>Décret 2017-779: the data of grants to a beneficiary whose total in a year exceeds 23,000 € must be published.</summary>
    public static readonly Money PublicationThreshold = Money.FromEuros(23_000);

    /// <summary>The schema's limit on objet and conditionsVersement ("less than 256 characters").</summary>
    public const int TextMaxLength = 255;

    public const string CashAid = "aide en numéraire";

    /// <summary>
    /// Only what the law requires: the committed grants (never a proposal or a cancelled one) of every beneficiary whose
    /// committed grants of one calendar year (by commitment day, Europe/Paris) add up to more than the threshold, all
    /// calls together: the authority grants them all. Give it every committed grant of the years concerned; it answers
    /// the ids of those to publish.
    /// </summary>
    public static IReadOnlySet<Guid> MustBePublished(IEnumerable<(Grant Grant, FundedDossier? Dossier)> committed) =>
        committed.Where(c => c.Grant.IsCommitted && c.Grant.CommittedAt is not null)
            .GroupBy(c => (Beneficiary(c.Grant, c.Dossier), ParisTime.DateOf(c.Grant.CommittedAt!.Value).Year))
            .Where(year => Money.Sum(year.Select(c => c.Grant.Amount)) > PublicationThreshold)
            .SelectMany(year => year.Select(c => c.Grant.Id))
            .ToHashSet();

    /// <summary>
    /// Who receives the money: the lead structure's SIRET when the team gave it; else its name as filed (case and
    /// surrounding spaces aside); else, for a dossier filed before Funding kept either, the dossier alone.
    /// </summary>
    public static string Beneficiary(Grant grant, FundedDossier? dossier) => dossier switch
    {
        { LeadStructureSiret: { Length: > 0 } siret } => $"siret:{siret}",
        { LeadStructureName: var name } when !string.IsNullOrWhiteSpace(name) => $"nom:{name.Trim().ToUpperInvariant()}",
        _ => $"dossier:{grant.DossierId}",
    };

    public static ScdlGrant Row(Grant grant, FundedDossier? dossier, string programmeCode, AttributingAuthority authority)
    {
        var committedOn = ParisTime.DateOf(grant.CommittedAt ?? throw new ArgumentException("An uncommitted grant is not published.", nameof(grant)));
        var (reference, beneficiary) = Named(grant, dossier);
        return new ScdlGrant(
            NomAttribuant: authority.Name,
            IdAttribuant: authority.Siret,
            DateConvention: Day(committedOn),
            ReferenceDecision: grant.Id.ToString(),
            NomBeneficiaire: SpreadsheetText.Neutralised(beneficiary),
            IdBeneficiaire: dossier?.LeadStructureSiret ?? "",
            RnaBeneficiaire: "",
            Objet: Purpose(grant.Phase, dossier?.Title ?? "", reference, programmeCode),
            Montant: Euros(grant.Amount),
            Nature: CashAid,
            ConditionsVersement: grant.Tranches.Count > 1 ? "échelonné" : "unique",
            DatesPeriodeVersement: PaymentDates(grant, committedOn),
            IdRae: "",
            NotificationUe: "non",
            PourcentageSubvention: "1.00",
            DispositifAide: "");
    }

    /// <summary>
    /// The dossier's reference and the beneficiary's name as the documents print them; for a dossier filed before
    /// Funding kept them, its id and « Structure porteuse du dossier … ».
    /// </summary>
    public static (string Reference, string Beneficiary) Named(Grant grant, FundedDossier? dossier)
    {
        var reference = dossier?.Reference is { Length: > 0 } known ? known : grant.DossierId.ToString();
        return (reference, GrantNotification.BeneficiaryOf(dossier?.LeadStructureName, reference));
    }

    /// <summary>E.g. 4780020 cents → "47800.20": a point, two decimals, no grouping, as the schema asks.</summary>
    public static string Euros(Money amount) =>
        string.Create(CultureInfo.InvariantCulture, $"{amount.Cents / 100}.{amount.Cents % 100:00}");

    /// <summary>
    /// "Phase d’incubation du défi « titre » (CB21-0042), appel CB21", the title shortened with "…" so that the whole
    /// stays within the schema's limit. It starts with our own words, so a title cannot make it a formula.
    /// </summary>
    public static string Purpose(Phase phase, string title, string reference, string programmeCode)
    {
        string Text(string t) => $"Phase d’{phase.InFrench()} du défi «\u00a0{t}\u00a0» ({reference}), appel {programmeCode}";
        var whole = Text(title.Trim());
        if (whole.Length <= TextMaxLength)
        {
            return whole;
        }
        var room = Math.Max(0, title.Trim().Length - (whole.Length - TextMaxLength) - 1);
        return Text(title.Trim()[..room].TrimEnd() + "…");
    }

    /// <summary>
    /// One tranche paid: its day. Otherwise a period from the commitment: to the last payment when every tranche is
    /// paid, else to the end of the convention's first year (the payments planned), or to a later payment already made.
    /// </summary>
    public static string PaymentDates(Grant grant, DateOnly committedOn)
    {
        var paid = grant.Tranches.Where(t => t.ReleasedAt is not null).Select(t => ParisTime.DateOf(t.ReleasedAt!.Value)).ToList();
        var allPaid = grant.Tranches.Count > 0 && paid.Count == grant.Tranches.Count;
        if (allPaid && grant.Tranches.Count == 1)
        {
            return Day(paid[0]);
        }
        var planned = committedOn.AddYears(1).AddDays(-1);
        var end = allPaid ? paid.Max() : paid.Append(planned).Max();
        return $"{Day(committedOn)}/{Day(end < committedOn ? committedOn : end)}";
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
