using Defis.Notification.Domain.Preferences;

namespace Defis.Notification.Domain;

public static partial class Templates
{
    public static RenderedMessage ReviewAssigned(string reference, ProgrammeLabel programme) => new(
        Categories.Review,
        $"Dossier {reference} à évaluer",
        $"Le jury de l'appel {programme} vous confie l'évaluation du dossier {reference}. " +
        "Vous le trouverez dans vos affectations ; si vous avez un lien avec l'équipe ou son territoire, déclarez-le avant de le lire.");

    public static RenderedMessage ReviewWithdrawn(string reference, string? reason) => new(
        Categories.Review,
        $"Dossier {reference} retiré de vos évaluations",
        $"L'évaluation du dossier {reference} ne vous est plus confiée" + (string.IsNullOrWhiteSpace(reason) ? "." : $" : {reason}.") +
        " Vous n'y avez plus accès.");
}
