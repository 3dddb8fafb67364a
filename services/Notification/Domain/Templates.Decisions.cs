using Defis.Notification.Domain.Preferences;

namespace Defis.Notification.Domain;

public static partial class Templates
{
    /// <param name="corrected">The jury corrected a decision it had released: the letter says it replaces the earlier one.</param>
    public static RenderedMessage Selected(string reference, ProgrammeLabel programme, string phase, string? rationale, bool corrected) => new(
        Categories.Decision,
        $"{DecisionHeading(corrected)} : dossier {reference} retenu",
        CorrectionNotice(corrected) +
        $"Le jury de l'appel {programme} a retenu votre dossier {reference} pour la phase {PhaseName(phase)}." +
        (string.IsNullOrWhiteSpace(rationale) ? "" : $"\nMotivation : {rationale}") +
        "\nL'équipe du programme vous contactera pour la convention de subvention et l'accompagnement.");

    public static RenderedMessage NotSelected(string reference, ProgrammeLabel programme, string phase, bool corrected) => new(
        Categories.Decision,
        $"{DecisionHeading(corrected)} : dossier {reference} non retenu",
        CorrectionNotice(corrected) +
        $"Le jury de l'appel {programme} n'a pas retenu votre dossier {reference} pour la phase {PhaseName(phase)}. " +
        "Vous pouvez demander à l'équipe du programme le détail de l'évaluation.");

    private static string DecisionHeading(bool corrected) => corrected ? "Décision rectifiée du jury" : "Décision du jury";

    // Without it a team would hold two contradictory letters and no way to tell which one stands.
    private static string CorrectionNotice(bool corrected) => corrected
        ? "Le jury a rectifié sa décision : ce courrier remplace le précédent pour cette phase.\n"
        : "";

    private static string PhaseName(string phase) => phase switch
    {
        "Exploration" => "d'exploration",
        "Incubation" => "d'incubation",
        "Experimentation" => "d'expérimentation",
        _ => $"« {phase} »",
    };
}
