using Defis.Notification.Domain.Preferences;
using Defis.SharedKernel.Time;

namespace Defis.Notification.Domain;

public static partial class Templates
{
    /// <summary>
    /// To the staff member who started a background export: it is ready, where to download it (the gateway path, which
    /// only they can open) and until when, in Paris time.
    /// </summary>
    public static RenderedMessage DossierExportReady(ProgrammeLabel programme, string format, int rows, string downloadPath, DateTimeOffset expiresAt) => new(
        Categories.Dossier,
        $"Export prêt : dossiers de l'appel {programme.Code}",
        $"L'export des dossiers de l'appel {programme} que vous avez demandé est prêt : {Dossiers(rows)}, au format {format.ToUpperInvariant()}.\n" +
        $"Téléchargez-le ici : {downloadPath}\n" +
        $"Le lien est valable jusqu'au {ParisTime.Format(expiresAt)} (heure de Paris) ; le fichier sera ensuite supprimé et il faudra relancer l'export.");

    /// <summary>"0 dossier", "1 dossier", "1 201 dossiers": French counts below two are singular.</summary>
    private static string Dossiers(int count) => $"{count.ToString("N0", French)} {(count < 2 ? "dossier" : "dossiers")}";
}
