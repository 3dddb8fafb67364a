namespace Defis.Accompaniment.Domain.Plans;

/// <summary>
/// A coach of the programme team and how many open plans they carry now. Persistence computes
/// <paramref name="OpenPlans"/> with a count when a plan is opened or a coach reassigned.
/// </summary>
public sealed record CoachLoad(string CoachId, int OpenPlans);

/// <summary>Load balancing: the least-loaded coach, ties broken by coach id so that every run picks the same one.</summary>
public static class CoachAssignment
{
    /// <summary>
    /// Under concurrency two plans opened at once may both read the same loads and pick the same coach.
    /// That is a small imbalance, not a broken rule; if the programme wants strict balance, persistence
    /// takes a lock on the programme team row while it counts and saves the new plan.
    /// </summary>
    public static IReadOnlyList<string> LeastLoaded(IReadOnlyList<CoachLoad> team, int count, IReadOnlyCollection<string>? excluding = null)
    {
        var candidates = team
            .Where(c => excluding is null || !excluding.Contains(c.CoachId))
            .DistinctBy(c => c.CoachId)
            .OrderBy(c => c.OpenPlans)
            .ThenBy(c => c.CoachId, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.CoachId)
            .ToList();
        if (candidates.Count < count)
        {
            throw new SharedKernel.Errors.PreconditionFailedException("COACHES", "coaches",
                $"L'équipe du programme ne compte pas assez de coachs disponibles ({candidates.Count} pour {count} demandés).");
        }
        return candidates;
    }
}
