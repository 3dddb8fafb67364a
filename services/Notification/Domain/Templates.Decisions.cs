using Defis.Notification.Domain.Preferences;

namespace Defis.Notification.Domain;

public static partial class Templates
{
    public static RenderedMessage Selected(string reference, ProgrammeLabel programme, string phase, string? rationale) => new(
        Categories.Decision,
        $"Décision du jury : dossier {reference} retenu",
        $"Le jury de l'appel {programme} a retenu votre dossier {reference} pour la phase {PhaseName(phase)}." +
        (string.IsNullOrWhiteSpace(rationale) ? "" : $"\nMotivation : {rationale}") +
        "\nL'équipe du programme vous contactera pour la convention de subvention et l'accompagnement.");

    public static RenderedMessage NotSelected(string reference, ProgrammeLabel programme, string phase) => new(
        Categories.Decision,
        $"Décision du jury : dossier {reference} non retenu",
        $"Le jury de l'appel {programme} n'a pas retenu votre dossier {reference} pour la phase {PhaseName(phase)}. " +
        "Vous pouvez demander à l'équipe du programme le détail de l'évaluation.");

    private static string PhaseName(string phase) => phase switch
    {
        "Exploration" => "d'exploration",
        "Incubation" => "d'incubation",
        "Experimentation" => "d'expérimentation",
        _ => $"« {phase} »",
    };
}
