using Defis.Contracts.Submission.V1;
using Defis.SharedKernel;
using Phase = Defis.SharedKernel.Phase;
using Grant = Defis.Contracts.Funding.V1.Grant;
using GrantStatus = Defis.Contracts.Funding.V1.GrantStatus;

namespace Defis.Portal.Display;

/// <summary>
/// The PDFs a dossier's team downloads from its page, offered only when the platform has them (a link must never lead
/// to a refusal): the filing receipt of the last filing, the letter of each phase the jury decided, the notification of
/// a committed grant. The platform keeps these rules (docs/documents/); the page mirrors them from what it reads.
/// </summary>
public sealed record DossierDocuments(bool Receipt, IReadOnlyList<Phase> Letters)
{
    public static readonly DossierDocuments None = new(false, []);

    public static DossierDocuments Of(Dossier dossier) => new(HasReceipt(dossier), DecidedPhases(dossier));

    /// <summary>Filed, and not back with its team: Submission then renders the last filing's receipt (else NOT_FILED).</summary>
    public static bool HasReceipt(Dossier dossier) =>
        dossier.Reference.Length > 0
        && dossier.Status is not (DossierStatus.Draft or DossierStatus.ReturnedForCorrection or DossierStatus.Unspecified)
        && dossier.History.Any(h => h.To is DossierStatus.Submitted or DossierStatus.Resubmitted);

    /// <summary>
    /// The phases with a released decision, in phase order: the phase the dossier holds, and every phase a decision or
    /// correction in its history names. The contract's history carries the phase only in Submission's reason
    /// (« Non retenu pour la phase « incubation » »), written with <see cref="PhaseNames.InFrench"/>, read here with it.
    /// </summary>
    public static IReadOnlyList<Phase> DecidedPhases(Dossier dossier)
    {
        if (dossier.Reference.Length == 0)
        {
            return [];
        }
        var decisions = dossier.History.Where(h => h.To is DossierStatus.Selected or DossierStatus.NotSelected).Select(h => h.Reason).ToList();
        return [.. Enum.GetValues<Phase>().Where(phase =>
            (int)dossier.SelectedPhase == (int)phase || decisions.Any(reason => reason.Contains($"« {phase.InFrench()} »", StringComparison.Ordinal)))];
    }

    /// <summary>Funding renders a notification for a committed grant (adjusted since or not); a proposal or a cancelled grant has none.</summary>
    public static bool HasNotification(Grant grant) => grant.Status is GrantStatus.Committed or GrantStatus.Adjusted;

    /// <summary>The letter's link text: « Lettre de décision — phase Incubation ».</summary>
    public static string LetterLabel(Phase phase) => $"Lettre de décision — phase {French.Phase((Contracts.Submission.V1.Phase)(int)phase)}";

    /// <summary>The names Notification gives the same PDFs attached to its e-mails (decision 0027), when the gateway gives none.</summary>
    public static string ReceiptFileName(Dossier dossier) => $"recepisse-{dossier.Reference}.pdf";

    public static string LetterFileName(Dossier dossier, Phase phase) => $"decision-{dossier.Reference}-{phase}.pdf";

    public static string NotificationFileName(Dossier dossier, Grant grant) => $"notification-subvention-{dossier.Reference}-{grant.Phase}.pdf";
}
