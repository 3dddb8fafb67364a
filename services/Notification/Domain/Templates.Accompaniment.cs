using Defis.Notification.Domain.Preferences;
using Defis.SharedKernel.Time;

namespace Defis.Notification.Domain;

public static partial class Templates
{
    public static RenderedMessage MilestoneDueSoon(string title, DateOnly due, string? reference) => new(
        Categories.Milestone,
        $"Jalon à rendre bientôt : {title}",
        $"Le jalon « {title} »{OfProject(reference)} est attendu au plus tard le {Day(due)}. Déposez ses justificatifs avant cette date.");

    public static RenderedMessage MilestoneOverdue(string title, DateOnly due, string? reference) => new(
        Categories.Milestone,
        $"Jalon en retard : {title}",
        $"Le jalon « {title} »{OfProject(reference)} était attendu le {Day(due)} et n'a pas de justificatif. " +
        "Prenez contact avec votre coach pour convenir de la suite.");

    public static RenderedMessage SessionConfirmed(string sessionTitle, DateTimeOffset startsAt) => new(
        Categories.Session,
        $"Inscription confirmée : {sessionTitle}",
        $"Votre place à la session « {sessionTitle} » du {ParisTime.Format(startsAt)} est confirmée.");

    public static RenderedMessage SessionPromoted(string sessionTitle, DateTimeOffset startsAt) => new(
        Categories.Session,
        $"Une place s'est libérée : {sessionTitle}",
        $"Vous étiez en liste d'attente : une place vous est attribuée à la session « {sessionTitle} » du {ParisTime.Format(startsAt)}.");

    public static RenderedMessage SessionWaitlisted(string sessionTitle, DateTimeOffset startsAt, int position) => new(
        Categories.Session,
        $"Liste d'attente : {sessionTitle}",
        $"La session « {sessionTitle} » du {ParisTime.Format(startsAt)} est complète. Vous êtes en position {position} sur la liste d'attente.");

    /// <summary>The day before: when (Paris time), until when, and where, so that the reminder alone is enough to come.</summary>
    public static RenderedMessage SessionReminder(string sessionTitle, DateTimeOffset startsAt, DateTimeOffset endsAt, string? location) => new(
        Categories.Session,
        $"Rappel : {sessionTitle}, {ParisTime.Format(startsAt)}",
        $"Vous êtes inscrit(e) à la session « {sessionTitle} » du {ParisTime.Format(startsAt)} (fin à {ParisTime.ToParis(endsAt):HH:mm}, heure de Paris)." +
        (string.IsNullOrWhiteSpace(location) ? "" : $"\nLieu : {location}") +
        "\nSi vous ne pouvez plus venir, annulez votre inscription : votre place ira à la première personne de la liste d'attente.");

    public static RenderedMessage WebhookDisabled(string url, int failures) => new(
        Categories.Webhook,
        "Abonnement webhook désactivé",
        $"Votre abonnement webhook vers {url} a été désactivé après {failures} échecs consécutifs. " +
        "Corrigez le destinataire puis réactivez l'abonnement : les événements suivants seront alors de nouveau envoyés.");

    private static string OfProject(string? reference) => string.IsNullOrWhiteSpace(reference) ? "" : $" du projet {reference}";
}
