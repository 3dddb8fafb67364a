using System.Globalization;
using Defis.Contracts.Accompaniment.V1;

namespace Defis.Portal.Display;

/// <summary>Accompaniment's values as laureates and coaches read them: milestone statuses, phases, Paris days, check-ins.</summary>
public static partial class French
{
    public static string MilestoneStatus(MilestoneStatus status) => status switch
    {
        Contracts.Accompaniment.V1.MilestoneStatus.Planned => "Prévu",
        Contracts.Accompaniment.V1.MilestoneStatus.InProgress => "En cours",
        Contracts.Accompaniment.V1.MilestoneStatus.Submitted => "Justificatif remis",
        Contracts.Accompaniment.V1.MilestoneStatus.Validated => "Validé",
        Contracts.Accompaniment.V1.MilestoneStatus.Late => "En retard",
        Contracts.Accompaniment.V1.MilestoneStatus.Waived => "Dispensé",
        _ => "Inconnu",
    };

    public static string MilestoneStatusBadge(MilestoneStatus status) => status switch
    {
        Contracts.Accompaniment.V1.MilestoneStatus.Validated => "fr-badge--success",
        Contracts.Accompaniment.V1.MilestoneStatus.Late => "fr-badge--error",
        Contracts.Accompaniment.V1.MilestoneStatus.Submitted => "fr-badge--new",
        Contracts.Accompaniment.V1.MilestoneStatus.Waived => "fr-badge--warning",
        _ => "fr-badge--info",
    };

    public static string PlanPhase(Contracts.Accompaniment.V1.Phase phase) => phase switch
    {
        Contracts.Accompaniment.V1.Phase.Exploration => "Exploration",
        Contracts.Accompaniment.V1.Phase.Incubation => "Incubation",
        Contracts.Accompaniment.V1.Phase.Experimentation => "Expérimentation",
        _ => "Phase non précisée",
    };

    /// <summary>A Paris calendar day, e.g. "15 mars 2027"; "—" when there is none or it is not a real day.</summary>
    public static string Day(Google.Type.Date? day)
    {
        if (day is null || day.Year == 0)
        {
            return "—";
        }
        return DateOnly.TryParseExact($"{day.Year:0000}-{day.Month:00}-{day.Day:00}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("d MMMM yyyy", FrenchCulture)
            : "—";
    }

    /// <summary>A check-in's risks; empty means the team reported none, which is worth saying rather than leaving a blank.</summary>
    public static string CheckInRisks(string risks) => string.IsNullOrWhiteSpace(risks) ? "Aucun risque signalé" : risks;

    /// <summary>The help a check-in asks for; empty means none.</summary>
    public static string CheckInHelp(string helpNeeded) => string.IsNullOrWhiteSpace(helpNeeded) ? "Aucune aide demandée" : helpNeeded;
}
