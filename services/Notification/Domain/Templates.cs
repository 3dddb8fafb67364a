using Defis.Contracts.Events;
using Defis.ServiceDefaults.Time;

namespace Defis.Notification.Domain;

/// <summary>The French wording of each notification.</summary>
public static class Templates
{
    public static RenderedMessage DraftCreated(DossierDraftCreated e) => new(
        "dossier",
        $"Brouillon créé : {e.Title}",
        $"Votre dossier « {e.Title} » pour l'appel {e.ProgrammeCode} a été créé en brouillon le {ParisTime.Format(e.OccurredAt)}. " +
        "Vous pouvez le compléter et inviter votre équipe jusqu'à sa soumission.");
}
