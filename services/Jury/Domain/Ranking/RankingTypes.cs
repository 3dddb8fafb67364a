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
/// the order between them came from the tie-breaks. <see cref="Sealed"/>: the viewer may not yet learn what others'
/// reviews of this dossier say (<see cref="PhaseRanking.VisibleTo"/>), so the row carries no figure.
/// </summary>
public sealed record RankingRow(int? Position, int? NormalisedPosition, bool Tied, DossierScores Scores, bool Sealed = false);

/// <summary>A juror's own scoring habits over the ranking's reviews: the basis of the z-scores.</summary>
public sealed record JurorStatistics(string JurorUserId, int Reviews, Rational Mean, double StandardDeviation);

/// <summary>The ranking of one phase: ranked rows first (by position), then unreviewed dossiers.</summary>
public sealed record PhaseRanking(string ProgrammeCode, Phase Phase, IReadOnlyList<RankingRow> Rows, IReadOnlyList<JurorStatistics> Jurors)
{
    /// <summary>
    /// The ranking as a panel member may see it (docs/decisions/0020-blind-review.md): without the dossiers they are in
    /// conflict with; a dossier's figures and place only where <see cref="ReviewVisibility.SeesOthers"/> allows (for a
    /// juror, once their own review of it is submitted), the others sealed and listed last in filing order; positions
    /// counted among the open rows, so that a gap tells nothing of a sealed dossier. <paramref name="reviews"/> holds
    /// the panel's submitted reviews and the viewer's own, drafts included.
    /// </summary>
    public PhaseRanking VisibleTo(PanelMember viewer, ConflictRegister conflicts, IReadOnlyList<Review> reviews)
    {
        var matrix = conflicts.Matrix([viewer], Rows.Select(r => r.Scores.Dossier).ToArray());
        var standing = viewer.Role == PanelRole.President ? ViewerStanding.President : ViewerStanding.Juror;
        var byDossier = reviews.ToLookup(r => r.DossierId);
        var allowed = Rows.Where((_, i) => !matrix.IsConflicted(i, 0)).ToArray();
        var open = allowed.Where(r => ReviewVisibility.SeesOthers(viewer.UserId, standing, [.. byDossier[r.Scores.Dossier.Id]])).ToArray();
        var sealedRows = allowed.Except(open).Select(r => r.Scores.Dossier).ToArray();
        Array.Sort(sealedRows, DossierProfile.CompareByFiling);
        return this with
        {
            Rows = [.. Renumbered(open), .. sealedRows.Select(d => new RankingRow(null, null, false, new DossierScores(d, 0, 0, null, null, null, false, null), Sealed: true))],
            Jurors = [],
        };
    }

    private static IEnumerable<RankingRow> Renumbered(RankingRow[] open)
    {
        var normalised = open.Where(r => r.NormalisedPosition is not null).OrderBy(r => r.NormalisedPosition).ToArray();
        RankingRow? above = null;
        var position = 0;
        foreach (var row in open)
        {
            var tied = row.Tied && above is not null && above.Scores.Mean == row.Scores.Mean && above.Scores.Median == row.Scores.Median;
            yield return row with
            {
                Position = row.Position is null ? null : ++position,
                NormalisedPosition = row.NormalisedPosition is null ? null : Array.IndexOf(normalised, row) + 1,
                Tied = tied,
            };
            above = row;
        }
    }
}
