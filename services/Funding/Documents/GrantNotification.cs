using System.Globalization;
using Defis.Funding.Domain;
using Defis.SharedKernel;
using Defis.SharedKernel.Decisions;
using Defis.SharedKernel.Time;
using static Defis.SharedKernel.Text.FrenchTypography;

namespace Defis.Funding.Documents;

/// <summary>
/// The notification of a committed grant (notification de subvention): who receives it, for which dossier, call and
/// phase, how much, and when each tranche is paid. Its sentence is the notice's (<see cref="GrantWording"/>) with French
/// typography; <see cref="GrantNotificationPdf"/> lays it out.
/// </summary>
public sealed record GrantNotification(Grant Grant, string Reference, string DossierTitle, string Beneficiary, string ProgrammeCode, DateTimeOffset IssuedAt)
{
    public const string Heading = "Notification de subvention";

    public string DocumentTitle => $"{Heading} {Reference}";

    public IReadOnlyList<(string Label, string Value)> Facts =>
    [
        (Label("Bénéficiaire"), Beneficiary),
        (Label("Dossier"), DossierTitle.Length > 0 ? $"{Reference} — {Quoted(DossierTitle)}" : Reference),
        (Label("Appel"), ProgrammeCode),
        (Label("Phase"), Grant.Phase.InFrench()),
        (Label("Montant de la subvention"), Amount(Grant.Amount.Cents)),
        (Label("Engagée le"), ParisTime.Format(Grant.CommittedAt!.Value) + " (heure de Paris)"),
    ];

    public string Announcement => Sentence(GrantWording.Committed(Reference, ProgrammeCode, Grant.Phase.ToString(), Amount(Grant.Amount.Cents)));

    public string ScheduleLabel => Label("Échéancier des tranches");

    /// <summary>One line per tranche: « Tranche 1 : 25 000,00 € (50 %), à l’engagement — versée le … ».</summary>
    public IReadOnlyList<string> Schedule => [.. Grant.Tranches.OrderBy(t => t.Number).Select(Line)];

    public string Issued => $"Émis le {ParisTime.Format(IssuedAt)} (heure de Paris).";

    private static string Line(Tranche tranche)
    {
        var share = (tranche.ShareBasisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',') + $"{NarrowNoBreakSpace}%";
        var when = tranche.Trigger switch
        {
            TrancheTrigger.AtCommitment => "à l’engagement",
            TrancheTrigger.Milestone => $"à la validation du jalon {Quoted(tranche.Milestone ?? "")}",
            _ => "sur décision de l’équipe financière",
        };
        var paid = tranche.ReleasedAt is { } at ? $" — versée le {ParisTime.Format(at)}" : "";
        return $"Tranche {tranche.Number}{NoBreakSpace}: {Amount(tranche.Amount.Cents)} ({share}), {when}{paid}";
    }
}
