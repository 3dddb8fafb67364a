namespace Defis.SharedKernel.Decisions;

/// <summary>
/// The French words of a jury's decision as the team reads them, once for both its forms: the notice Notification
/// sends and the PDF letter Submission renders. Plain text with ordinary spaces (the notice is plain text); a document
/// applies <see cref="Text.FrenchTypography.Sentence"/> on top.
/// </summary>
public static class DecisionWording
{
    public static string Subject(string reference, bool selected, bool corrected) =>
        $"{Heading(corrected)} : dossier {reference} {(selected ? "retenu" : "non retenu")}";

    public static string Heading(bool corrected) => corrected ? "Décision rectifiée du jury" : "Décision du jury";

    /// <summary>Without it a team would hold two contradictory letters and no way to tell which one stands.</summary>
    public const string CorrectionNotice = "Le jury a rectifié sa décision : ce courrier remplace le précédent pour cette phase.";

    public static string Outcome(string reference, string programme, string phase, bool selected) => selected
        ? $"Le jury de l'appel {programme} a retenu votre dossier {reference} pour la phase {PhaseName(phase)}."
        : $"Le jury de l'appel {programme} n'a pas retenu votre dossier {reference} pour la phase {PhaseName(phase)}.";

    /// <summary>The jury's reasons for a selection, when it gave some.</summary>
    public static string? Rationale(string? rationale) => string.IsNullOrWhiteSpace(rationale) ? null : $"Motivation : {rationale}";

    public static string NextStep(bool selected) => selected
        ? "L'équipe du programme vous contactera pour la convention de subvention et l'accompagnement."
        : "Vous pouvez demander à l'équipe du programme le détail de l'évaluation.";

    /// <summary>A call as people read it: its code and, when known, its title ("CB21 « Titre »").</summary>
    public static string Programme(string? code, string? title) => (code, title) switch
    {
        ({ Length: > 0 }, { Length: > 0 }) => $"{code} « {title} »",
        ({ Length: > 0 }, _) => code,
        (_, { Length: > 0 }) => $"« {title} »",
        _ => "du programme",
    };

    public static string PhaseName(string phase) => phase switch
    {
        "Exploration" => "d'exploration",
        "Incubation" => "d'incubation",
        "Experimentation" => "d'expérimentation",
        _ => $"« {phase} »",
    };
}
