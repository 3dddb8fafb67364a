using System.Buffers;

namespace Defis.Jury.Domain;

/// <summary>
/// The submitted reviews of the ranked dossiers as flat arrays: each total's numerator over one common
/// denominator, its dossier and its juror (jurors numbered in user-id order), grouped by dossier.
/// The arrays are rented (a phase has tens of thousands of reviews): dispose to return them.
/// </summary>
internal sealed class ReviewTotals : IDisposable
{
    private readonly long[] _value;
    private readonly int[] _juror;
    private readonly int[] _dossier;
    private readonly int[] _offsets;
    private readonly int[] _byDossier;

    private ReviewTotals(int reviews, int dossiers)
    {
        _value = ArrayPool<long>.Shared.Rent(reviews);
        _juror = ArrayPool<int>.Shared.Rent(reviews);
        _dossier = ArrayPool<int>.Shared.Rent(reviews);
        _byDossier = ArrayPool<int>.Shared.Rent(reviews);
        _offsets = ArrayPool<int>.Shared.Rent(dossiers + 1);
    }

    public int Count { get; private set; }

    public long Denominator { get; private set; } = 1;

    /// <summary>Total of review r, as a numerator over <see cref="Denominator"/>.</summary>
    public ReadOnlySpan<long> Value => _value.AsSpan(0, Count);

    /// <summary>Juror of review r, numbered in user-id order (see <see cref="JurorIds"/>).</summary>
    public ReadOnlySpan<int> Juror => _juror.AsSpan(0, Count);

    public IReadOnlyList<string> JurorIds { get; private set; } = [];

    /// <summary>The review indices of one dossier, in juror-id order.</summary>
    public ReadOnlySpan<int> ReviewsOf(int dossier) => _byDossier.AsSpan(_offsets[dossier], _offsets[dossier + 1] - _offsets[dossier]);

    public static ReviewTotals Collect(IReadOnlyList<DossierProfile> dossiers, IReadOnlyList<Review> reviews, IReadOnlyList<EvaluationGrid> grids)
    {
        var dossierIndex = new Dictionary<Guid, int>(dossiers.Count);
        for (var d = 0; d < dossiers.Count; d++)
        {
            if (!dossierIndex.TryAdd(dossiers[d].Id, d))
            {
                throw new ArgumentException($"Dossier {dossiers[d].Reference} is listed twice.", nameof(dossiers));
            }
        }
        var scoring = grids.ToDictionary(g => g.Id, g => g.Scoring);
        var totals = new ReviewTotals(reviews.Count, dossiers.Count);
        var jurorIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var gridOf = new List<GridScoring>(1);
        var gridId = Guid.Empty;
        GridScoring? grid = null;
        var count = 0;
        for (var i = 0; i < reviews.Count; i++)
        {
            var review = reviews[i];
            if (!review.IsSubmitted || !dossierIndex.TryGetValue(review.DossierId, out var d))
            {
                continue;
            }
            if (grid is null || review.GridId != gridId)
            {
                gridId = review.GridId;
                grid = scoring.GetValueOrDefault(gridId)
                    ?? throw new ArgumentException($"Grid {review.GridId} of review {review.Id} was not given.", nameof(grids));
                if (!gridOf.Contains(grid))
                {
                    gridOf.Add(grid);
                    totals.Denominator = checked(Rational.Lcm(totals.Denominator, grid.Denominator));
                }
            }
            // Numerators over the grid's own denominator for now; brought to the common one below.
            totals._value[count] = grid.Numerator(review.ScoreSpan);
            totals._dossier[count] = d;
            if (!jurorIndex.TryGetValue(review.JurorUserId, out var j))
            {
                j = jurorIndex.Count;
                jurorIndex.Add(review.JurorUserId, j);
            }
            totals._juror[count] = j;
            count++;
        }
        totals.Count = count;
        if (gridOf.Count > 1)
        {
            totals.ToCommonDenominator(reviews, dossierIndex, scoring);
        }
        totals.NumberJurorsInIdOrder(jurorIndex);
        totals.GroupByDossier(dossiers.Count);
        return totals;
    }

    public void Dispose()
    {
        // Stryker disable Statement : giving rented arrays back to the pool changes memory use only, never a result.
        ArrayPool<long>.Shared.Return(_value);
        ArrayPool<int>.Shared.Return(_juror);
        ArrayPool<int>.Shared.Return(_dossier);
        ArrayPool<int>.Shared.Return(_byDossier);
        ArrayPool<int>.Shared.Return(_offsets);
        // Stryker restore Statement
    }

    /// <summary>Reviews on several grid versions: scale each numerator to the common denominator (a second, rare pass).</summary>
    private void ToCommonDenominator(IReadOnlyList<Review> reviews, Dictionary<Guid, int> dossierIndex, Dictionary<Guid, GridScoring> scoring)
    {
        var r = 0;
        foreach (var review in reviews)
        {
            if (review.IsSubmitted && dossierIndex.ContainsKey(review.DossierId))
            {
                _value[r] = checked(_value[r] * (Denominator / scoring[review.GridId].Denominator));
                r++;
            }
        }
    }

    private void NumberJurorsInIdOrder(Dictionary<string, int> firstSeen)
    {
        var ids = firstSeen.Keys.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        var renumber = new int[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            renumber[firstSeen[ids[i]]] = i;
        }
        for (var r = 0; r < Count; r++)
        {
            _juror[r] = renumber[_juror[r]];
        }
        JurorIds = ids;
    }

    private void GroupByDossier(int dossiers)
    {
        Array.Clear(_offsets, 0, dossiers + 1);
        for (var r = 0; r < Count; r++)
        {
            _offsets[_dossier[r] + 1]++;
        }
        for (var d = 0; d < dossiers; d++)
        {
            _offsets[d + 1] += _offsets[d];
        }
        var next = ArrayPool<int>.Shared.Rent(dossiers);
        _offsets.AsSpan(0, dossiers).CopyTo(next);
        for (var r = 0; r < Count; r++)
        {
            _byDossier[next[_dossier[r]]++] = r;
        }
        // Stryker disable once Statement : giving a rented array back to the pool changes memory use only.
        ArrayPool<int>.Shared.Return(next);
        for (var d = 0; d < dossiers; d++)
        {
            // Few reviews per dossier: insertion sort by juror, then total, fixes the summation order.
            var slice = _byDossier.AsSpan(_offsets[d], _offsets[d + 1] - _offsets[d]);
            for (var i = 1; i < slice.Length; i++)
            {
                var current = slice[i];
                var k = i - 1;
                while (k >= 0 && Before(current, slice[k]))
                {
                    slice[k + 1] = slice[k];
                    k--;
                }
                slice[k + 1] = current;
            }
        }
    }

    private bool Before(int a, int b) => _juror[a] != _juror[b] ? _juror[a] < _juror[b] : _value[a] < _value[b];
}
