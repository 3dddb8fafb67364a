using Defis.Notification.Domain.Preferences;
using Defis.SharedKernel.Time;

namespace Defis.Notification.Domain;

public static partial class Templates
{
    public static RenderedMessage ReviewAssigned(string reference, ProgrammeLabel programme) => new(
        Categories.Review,
        $"Dossier {reference} à évaluer",
        $"Le jury de l'appel {programme} vous confie l'évaluation du dossier {reference}. " +
        "Vous le trouverez dans vos affectations ; si vous avez un lien avec l'équipe ou son territoire, déclarez-le avant de le lire.");

    /// <summary>To the panel's president: the instruction clock's deadline for this dossier's decision comes near.</summary>
    public static RenderedMessage DecisionDueSoon(string reference, ProgrammeLabel programme, DateTimeOffset dueBy) => new(
        Categories.Review,
        $"Décision attendue bientôt : dossier {reference}",
        $"La décision du jury de l'appel {programme} sur le dossier {reference} est attendue au plus tard le {ParisTime.Format(dueBy)} (heure de Paris). " +
        "Réunissez le jury si besoin et publiez la décision avant cette échéance.");

    public static RenderedMessage ReviewWithdrawn(string reference, string? reason) => new(
        Categories.Review,
        $"Dossier {reference} retiré de vos évaluations",
        $"L'évaluation du dossier {reference} ne vous est plus confiée" + (string.IsNullOrWhiteSpace(reason) ? "." : $" : {reason}.") +
        " Vous n'y avez plus accès.");
}
