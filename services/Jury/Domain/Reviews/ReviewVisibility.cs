namespace Defis.Jury.Domain;

/// <summary>Who is looking at a dossier's reviews.</summary>
public enum ViewerStanding
{
    /// <summary>A panel member: sees others' scores only once their own review is submitted.</summary>
    Juror = 1,

    /// <summary>The panel president: as a juror on dossiers they review, otherwise every submitted review (to lead the deliberation).</summary>
    President = 2,

    /// <summary>Programme staff who do not review: every submitted review.</summary>
    ProgrammeStaff = 3,
}

/// <summary>
/// The pure rule of who sees which reviews of one dossier. A viewer in conflict of interest with the
/// dossier sees nothing; one's own review (even a draft) is always visible to oneself; others' drafts
/// are never visible; a juror sees others' submitted reviews only after submitting their own.
/// </summary>
public static class ReviewVisibility
{
    public static IReadOnlyList<Review> VisibleReviews(string viewerUserId, ViewerStanding standing, bool viewerIsConflicted,
        IReadOnlyList<Review> reviewsOfOneDossier)
    {
        if (viewerIsConflicted)
        {
            return [];
        }
        var own = reviewsOfOneDossier.FirstOrDefault(r => r.JurorUserId == viewerUserId);
        var seesOthers = SeesOthers(viewerUserId, standing, reviewsOfOneDossier);
        return reviewsOfOneDossier.Where(r => r == own || (seesOthers && r.IsSubmitted)).ToArray();
    }

    /// <summary>
    /// Whether a viewer free of conflict may learn what others' reviews of one dossier say: their scores and comments,
    /// and anything computed from them (aggregates, ranking positions). The one rule every route applies
    /// (docs/decisions/0020-blind-review.md). <paramref name="reviewsOfOneDossier"/> must include the viewer's own, drafts too.
    /// </summary>
    public static bool SeesOthers(string viewerUserId, ViewerStanding standing, IReadOnlyList<Review> reviewsOfOneDossier)
    {
        var own = reviewsOfOneDossier.FirstOrDefault(r => r.JurorUserId == viewerUserId);
        return standing switch
        {
            ViewerStanding.ProgrammeStaff => true,
            ViewerStanding.President => own is null || own.IsSubmitted,
            _ => own is { IsSubmitted: true },
        };
    }
}
