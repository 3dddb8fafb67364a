namespace Defis.Jury.Domain;

/// <summary>
/// <see cref="DisagreementThreshold"/>: a dossier is flagged when the standard deviation of its review
/// totals (on 0–100) is strictly above it.
/// </summary>
public sealed record RankingOptions(double DisagreementThreshold = 15.0);

/// <summary>
/// The figures of one dossier. <see cref="Mean"/> and <see cref="Median"/> are exact (0–100);
/// <see cref="StandardDeviation"/> is the population deviation of its review totals;
/// <see cref="NormalisedScore"/> is the mean of its reviews' per-juror z-scores.
/// </summary>
public sealed record DossierScores(
    DossierProfile Dossier,
    int ReviewsDone,
    int ReviewsExpected,
    Rational? Mean,
    Rational? Median,
    double? StandardDeviation,
    bool Disagreement,
    double? NormalisedScore);

/// <summary>
/// One line of a phase ranking. <see cref="Position"/> is null for a dossier with no submitted review
/// (listed last, in filing order). <see cref="Tied"/>: same mean and median as the line above, so
/// the order between them came from the tie-breaks.
/// </summary>
public sealed record RankingRow(int? Position, int? NormalisedPosition, bool Tied, DossierScores Scores);

/// <summary>A juror's own scoring habits over the ranking's reviews: the basis of the z-scores.</summary>
public sealed record JurorStatistics(string JurorUserId, int Reviews, Rational Mean, double StandardDeviation);

/// <summary>The ranking of one phase: ranked rows first (by position), then unreviewed dossiers.</summary>
public sealed record PhaseRanking(string ProgrammeCode, Phase Phase, IReadOnlyList<RankingRow> Rows, IReadOnlyList<JurorStatistics> Jurors)
{
    /// <summary>The ranking as a juror may see it: without the dossiers they are in conflict with (positions unchanged).</summary>
    public PhaseRanking VisibleTo(PanelMember viewer, ConflictRegister conflicts)
    {
        var matrix = conflicts.Matrix([viewer], Rows.Select(r => r.Scores.Dossier).ToArray());
        return this with { Rows = Rows.Where((_, i) => !matrix.IsConflicted(i, 0)).ToArray() };
    }
}
