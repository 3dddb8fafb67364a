using Defis.Notification.Domain.Preferences;

namespace Defis.Notification.Domain;

public static partial class Templates
{
    /// <summary>
    /// To the programme team's mailbox: a service's audit chain head for a day, to keep outside the platform, where a
    /// later rewrite of the trail cannot reach it (decision 0028).
    /// </summary>
    public static RenderedMessage AuditTrailDigest(string service, DateOnly day, long position, string hash) => new(
        Categories.Audit,
        $"Empreinte de la piste d'audit « {service} » du {day:dd/MM/yyyy}",
        $"À la clôture de la journée du {day.ToString("dddd d MMMM yyyy", French)}, la piste d'audit du service « {service} » comptait " +
        $"{position} entrées scellées. Empreinte SHA-256 de l'entrée {position} : {hash}. " +
        "Conservez ce message : si la piste était réécrite, sa vérification ne retrouverait plus cette empreinte à cette position.");
}
