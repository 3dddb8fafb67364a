using Defis.SharedKernel.Time;

namespace Defis.Notification.Domain;

/// <summary>The French wording of each notification.</summary>
public static class Templates
{
    public static RenderedMessage DraftCreated(string title, string programmeCode, DateTimeOffset createdAt) => new(
        "dossier",
        $"Brouillon créé : {title}",
        $"Votre dossier « {title} » pour l'appel {programmeCode} a été créé en brouillon le {ParisTime.Format(createdAt)}. " +
        "Vous pouvez le compléter et inviter votre équipe jusqu'à sa soumission.");

    /// <summary>The acknowledgement of receipt: the reference is what the team quotes from now on.</summary>
    public static RenderedMessage DossierReceived(string reference, string title, string programmeCode, DateTimeOffset submittedAt) => new(
        "dossier",
        $"Dossier reçu : {reference}",
        $"Votre dossier « {title} » a bien été déposé pour l'appel {programmeCode} le {ParisTime.Format(submittedAt)}. " +
        $"Sa référence est {reference} : rappelez-la dans vos échanges avec l'équipe du programme.");
}
