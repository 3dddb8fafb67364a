namespace Defis.Jury.Domain;

/// <summary>
/// Per-criterion figures of a ranking (the ranking export, docs/exports/ranking.md): the mean score each criterion got
/// over a dossier's submitted reviews, exact and on the criterion's own scale (0–5, 0–3…). Computed from others'
/// reviews, so shown only on a row <see cref="ReviewVisibility.SeesOthers"/> opens to the viewer.
/// </summary>
public static class CriterionMeans
{
    /// <summary>Criterion code → mean of the submitted, present scores of one dossier's reviews; drafts never count.</summary>
    public static IReadOnlyDictionary<string, Rational> Of(IEnumerable<Review> reviewsOfOneDossier)
    {
        var sums = new Dictionary<string, (long Sum, int Count)>(StringComparer.Ordinal);
        foreach (var score in reviewsOfOneDossier.Where(r => r.IsSubmitted).SelectMany(r => r.Scores))
        {
            if (score.Value is { } value)
            {
                var (sum, count) = sums.GetValueOrDefault(score.CriterionCode);
                sums[score.CriterionCode] = (sum + value, count + 1);
            }
        }
        return sums.ToDictionary(p => p.Key, p => new Rational(p.Value.Sum, p.Value.Count), StringComparer.Ordinal);
    }

    /// <summary>The criteria to show, one column each: those of the grids by version, then grid order, each code once.</summary>
    public static IReadOnlyList<Criterion> Columns(IEnumerable<EvaluationGrid> grids) =>
        [.. grids.OrderBy(g => g.Version).SelectMany(g => g.Criteria).DistinctBy(c => c.Code, StringComparer.Ordinal)];
}
