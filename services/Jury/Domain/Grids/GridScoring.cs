using System.Runtime.InteropServices;

namespace Defis.Jury.Domain;

/// <summary>
/// How a grid turns scores into a total on 0–100, exactly. With weights w_i, scale maxima m_i and
/// scores s_i, total = 100 × Σ(w_i × s_i / m_i) / Σw_i: each score is first brought to 0–1 by its
/// own scale, so a 0–3 criterion weighs no more or less than a 0–5 one of the same weight. With
/// L = lcm(m_i) every term is an integer over Σw_i × L, so the total is the integer Σ s_i × f_i over
/// one denominator per grid, f_i = 100 × w_i × L / m_i (both reduced by their common divisor).
/// </summary>
public sealed class GridScoring
{
    private readonly long[] _factors;
    private readonly string[] _codes;

    internal GridScoring(IReadOnlyList<Criterion> criteria)
    {
        long weights = 0;
        long scalesLcm = 1;
        foreach (var criterion in criteria)
        {
            weights += criterion.Weight;
            scalesLcm = Rational.Lcm(scalesLcm, criterion.ScaleMax);
        }
        _factors = criteria.Select(c => 100L * c.Weight * (scalesLcm / c.ScaleMax)).ToArray();
        _codes = criteria.Select(c => c.Code).ToArray();
        var denominator = weights * scalesLcm;
        var divisor = _factors.Aggregate((ulong)denominator, (g, f) => Rational.Gcd(g, (ulong)f));
        for (var i = 0; i < _factors.Length; i++)
        {
            _factors[i] /= (long)divisor;
        }
        Denominator = denominator / (long)divisor;
    }

    /// <summary>The denominator shared by every total of this grid.</summary>
    public long Denominator { get; }

    /// <summary>The total's numerator over <see cref="Denominator"/>; scores are in grid order, every one present.</summary>
    public long Numerator(IReadOnlyList<CriterionScore> scores) =>
        Numerator(scores is List<CriterionScore> list ? CollectionsMarshal.AsSpan(list) : scores.ToArray());

    internal long Numerator(ReadOnlySpan<CriterionScore> scores)
    {
        if (scores.Length != _factors.Length)
        {
            throw new ArgumentException($"Expected {_factors.Length} scores, got {scores.Length}.", nameof(scores));
        }
        long sum = 0;
        for (var i = 0; i < _factors.Length; i++)
        {
            ref readonly var score = ref scores[i];
            if (!ReferenceEquals(score.CriterionCode, _codes[i]) && score.CriterionCode != _codes[i])
            {
                throw new ArgumentException($"Score {i} is for '{score.CriterionCode}', the grid expects '{_codes[i]}'.", nameof(scores));
            }
            sum += (score.Value ?? throw new ArgumentException($"Score '{score.CriterionCode}' is missing.", nameof(scores))) * _factors[i];
        }
        return sum;
    }

    /// <summary>The total on 0–100 of complete scores in grid order.</summary>
    public Rational Total(IReadOnlyList<CriterionScore> scores) => new(Numerator(scores), Denominator);
}
