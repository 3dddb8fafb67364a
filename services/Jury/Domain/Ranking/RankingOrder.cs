namespace Defis.Jury.Domain;

/// <summary>
/// The two orders of a ranking, on dossier indices. Raw: mean desc, median desc, filing, reference,
/// id; dossiers without a review last in filing order. Normalised: mean z-score desc, then raw position.
/// </summary>
internal sealed class RankingOrder
{
    private readonly IReadOnlyList<DossierProfile> _dossiers;
    private readonly PhaseRanker.Figures[] _figures;

    public RankingOrder(IReadOnlyList<DossierProfile> dossiers, PhaseRanker.Figures[] figures)
    {
        _dossiers = dossiers;
        _figures = figures;
        var ranked = Enumerable.Range(0, dossiers.Count).Where(d => figures[d].Count > 0).ToArray();
        var unranked = Enumerable.Range(0, dossiers.Count).Where(d => figures[d].Count == 0).ToArray();
        Array.Sort(ranked, CompareRaw);
        Array.Sort(unranked, CompareFiling);
        Rows = [.. ranked, .. unranked];
        var rawPosition = new int[dossiers.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            rawPosition[ranked[i]] = i + 1;
        }
        Array.Sort(ranked, (a, b) =>
        {
            var byZ = figures[b].MeanZ.CompareTo(figures[a].MeanZ);
            return byZ != 0 ? byZ : rawPosition[a].CompareTo(rawPosition[b]);
        });
        NormalisedPosition = new int[dossiers.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            NormalisedPosition[ranked[i]] = i + 1;
        }
    }

    /// <summary>Dossier indices in raw order, unreviewed ones last.</summary>
    public int[] Rows { get; }

    /// <summary>By dossier index; 0 for an unreviewed dossier.</summary>
    public int[] NormalisedPosition { get; }

    public bool SameScores(int a, int b) => CompareMean(a, b) == 0 && _figures[a].TwiceMedian == _figures[b].TwiceMedian;

    private int CompareRaw(int a, int b)
    {
        var byMean = CompareMean(b, a);
        if (byMean != 0)
        {
            return byMean;
        }
        var byMedian = _figures[b].TwiceMedian.CompareTo(_figures[a].TwiceMedian);
        return byMedian != 0 ? byMedian : CompareFiling(a, b);
    }

    /// <summary>Means Σa/nₐ and Σb/n_b over the same denominator compare as Σa·n_b and Σb·nₐ.</summary>
    private int CompareMean(int a, int b) =>
        Rational.CompareProducts(_figures[a].Totals.Sum, _figures[b].Count, _figures[b].Totals.Sum, _figures[a].Count);

    private int CompareFiling(int a, int b) => DossierProfile.CompareByFiling(_dossiers[a], _dossiers[b]);
}
