namespace Defis.Accompaniment.Domain.Plans;

/// <summary>A milestone every plan of a phase starts with, due <paramref name="OffsetDays"/> Paris days after the plan starts.</summary>
public sealed record MilestoneTemplate(string Title, int OffsetDays);

/// <summary>How long a phase's coaching lasts and the milestones it starts with; the coach edits them afterwards.</summary>
public sealed record PhaseTemplate(Phase Phase, int DurationMonths, IReadOnlyList<MilestoneTemplate> Milestones)
{
    public DateOnly EndFrom(DateOnly start) => start.AddMonths(DurationMonths);

    /// <summary>Our defaults; a programme may define its own. Offsets stay inside the shortest possible phase.</summary>
    public static PhaseTemplate DefaultFor(Phase phase) => phase switch
    {
        Phase.Exploration => new(phase, 2,
        [
            new("Diagnostic partagé avec l'équipe", 14),
            new("Défi reformulé avec les usagers", 45),
        ]),
        Phase.Incubation => new(phase, 3,
        [
            new("Réunion de lancement tenue", 7),
            new("Enquête auprès des usagers achevée", 35),
            new("Prototype mis à l'épreuve des usagers", 70),
            new("Bilan final remis", 84),
        ]),
        Phase.Experimentation => new(phase, 12,
        [
            new("Démarrage sur le terrain", 14),
            new("Premiers retours d'usage recueillis", 120),
            new("Évaluation à mi-parcours", 180),
            new("Bilan de l'expérimentation remis", 350),
        ]),
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Unknown phase."),
    };
}
