using System.Buffers;

namespace Defis.Jury.Domain;

/// <summary>
/// Aggregates submitted reviews into per-dossier figures and ranks a phase.
///
/// Each review's total is exact on 0–100 (see <see cref="GridScoring"/>); all totals are brought to
/// one common denominator, so means, medians (the mean of the two middle totals when the count is
/// even) and variances are computed in integers. Only square roots and z-scores are doubles, each
/// computed from exact integers in a fixed order, so results are the same on every run.
///
/// Raw order: mean desc, then median desc, then earliest filing, then reference (ordinal), then id.
/// Dossiers without a submitted review come last, unranked, in filing order.
///
/// Per-juror normalisation: each juror's totals become z-scores, (total − juror's mean) / juror's
/// population standard deviation (0 when the juror has one review or gives everyone the same total);
/// a dossier's normalised score is the mean of its reviews' z-scores, summed in juror-id order. The
/// normalised position orders by that score desc, then by raw position.
/// </summary>
public static class PhaseRanker
{
    public static PhaseRanking Rank(
        string programmeCode,
        Phase phase,
        IReadOnlyList<DossierProfile> dossiers,
        IReadOnlyList<Review> reviews,
        IReadOnlyList<EvaluationGrid> grids,
        IReadOnlyDictionary<Guid, int> expectedReviews,
        RankingOptions? options = null)
    {
        options ??= new RankingOptions();
        using var totals = ReviewTotals.Collect(dossiers, reviews, grids);
        var (jurors, roots) = JurorStats(totals);
        var figures = ArrayPool<Figures>.Shared.Rent(dossiers.Count);
        for (var d = 0; d < dossiers.Count; d++)
        {
            figures[d] = Measure(totals, d, jurors, roots);
        }
        var order = new RankingOrder(dossiers, figures);
        var rows = new RankingRow[dossiers.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var d = order.Rows[i];
            var scores = Scores(dossiers[d], figures[d], totals.Denominator, expectedReviews.GetValueOrDefault(dossiers[d].Id), options);
            rows[i] = figures[d].Count == 0
                ? new RankingRow(null, null, false, scores)
                : new RankingRow(i + 1, order.NormalisedPosition[d], i > 0 && order.SameScores(d, order.Rows[i - 1]), scores);
        }
        // Stryker disable once Statement : giving a rented array back to the pool changes memory use only.
        ArrayPool<Figures>.Shared.Return(figures);
        return new PhaseRanking(programmeCode, phase, rows,
            jurors.Select((j, i) => new JurorStatistics(totals.JurorIds[i], j.Count, new Rational(j.Sum, j.Count * totals.Denominator),
                j.Root / j.Count / totals.Denominator)).ToArray());
    }

    /// <summary>Sum of squares and count of a set of totals; <see cref="Radicand"/> is n² times their variance, exact.</summary>
    internal readonly record struct Accumulator(int Count, long Sum, Int128 SumOfSquares)
    {
        public Int128 Radicand => Count * SumOfSquares - (Int128)Sum * Sum;

        /// <summary>√Radicand = n × population deviation, 0 when there is no spread.</summary>
        public double Root => Math.Sqrt((double)Radicand);

        public Accumulator Add(long x) => new(Count + 1, checked(Sum + x), SumOfSquares + (Int128)x * x);
    }

    /// <summary>A dossier's figures in numerators over the common denominator D: median = TwiceMedian / 2D.</summary>
    internal readonly record struct Figures(Accumulator Totals, long TwiceMedian, double MeanZ)
    {
        public int Count => Totals.Count;
    }

    /// <summary>Each juror's totals, and the √radicand their z-scores divide by (0: z-scores are 0).</summary>
    private static (Accumulator[] Stats, double[] Roots) JurorStats(ReviewTotals totals)
    {
        var stats = new Accumulator[totals.JurorIds.Count];
        var value = totals.Value;
        var juror = totals.Juror;
        for (var r = 0; r < value.Length; r++)
        {
            stats[juror[r]] = stats[juror[r]].Add(value[r]);
        }
        return (stats, stats.Select(s => s.Count < 2 ? 0 : s.Root).ToArray());
    }

    private static Figures Measure(ReviewTotals totals, int d, Accumulator[] jurors, double[] roots)
    {
        var slice = totals.ReviewsOf(d);
        var n = slice.Length;
        if (n == 0)
        {
            return default;
        }
        // Stryker disable once Equality,Conditional : stack or heap buffer, the same values either way.
        Span<long> values = n <= 64 ? stackalloc long[n] : new long[n];
        var sums = new Accumulator();
        var z = 0.0;
        var value = totals.Value;
        var juror = totals.Juror;
        for (var i = 0; i < n; i++)
        {
            var r = slice[i];
            values[i] = value[r];
            sums = sums.Add(values[i]);
            var j = juror[r];
            // z = (x − juror mean) / juror deviation = (n·x − Σx) / √(n·Σx² − (Σx)²), from exact integers.
            z += roots[j] == 0 ? 0 : (double)((Int128)jurors[j].Count * values[i] - jurors[j].Sum) / roots[j];
        }
        values.Sort();
        var twiceMedian = n % 2 == 1 ? 2 * values[n / 2] : values[n / 2 - 1] + values[n / 2];
        return new Figures(sums, twiceMedian, z / n);
    }

    private static DossierScores Scores(DossierProfile dossier, Figures figures, long denominator, int expected, RankingOptions options)
    {
        var n = figures.Count;
        if (n == 0)
        {
            return new DossierScores(dossier, 0, expected, null, null, null, false, null);
        }
        var deviation = figures.Totals.Root / n / denominator;
        return new DossierScores(dossier, n, expected, new Rational(figures.Totals.Sum, n * denominator), new Rational(figures.TwiceMedian, 2 * denominator),
            deviation, n >= 2 && deviation > options.DisagreementThreshold, figures.MeanZ);
    }
}
