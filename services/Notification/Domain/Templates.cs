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
}
