using Defis.Notification.Domain.Preferences;
using Defis.SharedKernel.Time;

namespace Defis.Notification.Domain;

public static partial class Templates
{
    /// <summary>
    /// A closed call's dossier reaches the end of the call's retention (decision 0032): the day its data goes, in Paris,
    /// what goes and what stays. The reference is left out of a dossier that never had one (a withdrawn draft).
    /// </summary>
    public static RenderedMessage PurgeWarning(string? reference, string title, ProgrammeLabel programme, DateTimeOffset purgesAt)
    {
        var day = Day(ParisTime.DateOf(purgesAt));
        var dossier = reference is null ? $"« {title} »" : $"{reference} « {title} »";
        return new(
            Categories.Reminder,
            $"Vos données seront supprimées le {day}" + (reference is null ? "" : $" : dossier {reference}"),
            $"La durée de conservation fixée par l'appel {programme} arrive à son terme pour votre dossier {dossier}. " +
            $"Le {day}, son contenu, ses messages et ses fichiers seront supprimés de la plateforme ; " +
            "seules des statistiques anonymes, qui ne nomment personne, seront conservées. " +
            "Enregistrez d'ici là ce que vous souhaitez garder.");
    }
}
