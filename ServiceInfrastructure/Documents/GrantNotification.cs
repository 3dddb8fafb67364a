using System.Globalization;
using Defis.SharedKernel;
using Defis.SharedKernel.Decisions;
using Defis.SharedKernel.Time;
using static Defis.SharedKernel.Text.FrenchTypography;

namespace Defis.ServiceInfrastructure.Documents;

/// <summary>
/// The notification of a committed grant (notification de subvention): who receives it, for which dossier, call and
/// phase, how much, and when each tranche is paid. Its sentence is the notice's (<see cref="GrantWording"/>) with French
/// typography; <see cref="GrantNotificationPdf"/> lays it out. Funding fills it from the grant as it stands, Notification
/// from <c>GrantCommitted</c> (decision 0027): a plain record of what the page prints, so both print the same words.
/// <paramref name="ProgrammeTitle"/> is empty when unknown (Funding keeps only the call's code): the page then says
/// « appel CB21 », else « appel CB21 « Titre » » as the notice does.
/// </summary>
public sealed record GrantNotification(
    string Reference,
    string DossierTitle,
    string Beneficiary,
    string ProgrammeCode,
    Phase Phase,
    long AmountCents,
    DateTimeOffset CommittedAt,
    IReadOnlyList<GrantNotificationTranche> Tranches,
    DateTimeOffset IssuedAt,
    string ProgrammeTitle = "")
{
    public const string Heading = "Notification de subvention";

    public string DocumentTitle => $"{Heading} {Reference}";

    public IReadOnlyList<(string Label, string Value)> Facts =>
    [
        (Label("Bénéficiaire"), Beneficiary),
        (Label("Dossier"), DossierTitle.Length > 0 ? $"{Reference} — {Quoted(DossierTitle)}" : Reference),
        (Label("Appel"), ProgrammeTitle.Length > 0 ? $"{ProgrammeCode} — {ProgrammeTitle}" : ProgrammeCode),
        (Label("Phase"), Phase.InFrench()),
        (Label("Montant de la subvention"), Amount(AmountCents)),
        (Label("Engagée le"), ParisTime.Format(CommittedAt) + " (heure de Paris)"),
    ];

    public string Announcement => Sentence(GrantWording.Committed(Reference, Programme, Phase.ToString(), Amount(AmountCents)));

    public string ScheduleLabel => Label("Échéancier des tranches");

    /// <summary>One line per tranche: « Tranche 1 : 25 000,00 € (50 %), à l’engagement — versée le … ».</summary>
    public IReadOnlyList<string> Schedule => [.. Tranches.OrderBy(t => t.Number).Select(Line)];

    public string Issued => $"Émis le {ParisTime.Format(IssuedAt)} (heure de Paris).";

    /// <summary>
    /// Who receives the grant as the page names it: the lead structure as filed; for a dossier filed before its name was
    /// kept, « Structure porteuse du dossier … ».
    /// </summary>
    public static string BeneficiaryOf(string? leadStructureName, string reference) =>
        leadStructureName is { Length: > 0 } name ? name : $"Structure porteuse du dossier {reference}";

    private string Programme => ProgrammeTitle.Length > 0 ? DecisionWording.Programme(ProgrammeCode, ProgrammeTitle) : ProgrammeCode;

    private static string Line(GrantNotificationTranche tranche)
    {
        var share = (tranche.ShareBasisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',') + $"{NarrowNoBreakSpace}%";
        var when = tranche.When ?? throw new InvalidOperationException($"Tranche {tranche.Number}: unknown trigger '{tranche.Trigger}'.");
        var paid = tranche.PaidAt is { } at ? $" — versée le {ParisTime.Format(at)}" : "";
        return $"Tranche {tranche.Number}{NoBreakSpace}: {Amount(tranche.AmountCents)} ({share}), {when}{paid}";
    }
}
