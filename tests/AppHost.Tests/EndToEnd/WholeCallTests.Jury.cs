using Defis.Contracts.Jury.V1;
using Defis.Contracts.Submission.V1;
using DecisionStatus = Defis.Contracts.Jury.V1.DecisionStatus;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    private const long RecommendedGrantCents = 10_000_000;

    /// <summary>
    /// Every assigned juror scores their dossiers on the 2021 grid (the first team's strongly, the second's weakly),
    /// demo-jure-2 in the portal, the others through the SDK; the ranking puts the first team first with both reviews
    /// done, and the conflicted juror's ranking omits the other.
    /// </summary>
    private async Task ScoreAsync(Cast call, AspirePlatform platform)
    {
        var book = await call.Staff.Jury.GetAssignmentBookAsync(call.PanelId, Cancellation);
        var grid = await call.Juror.Jury.GetGridAsync(call.PanelId, cancellationToken: Cancellation);
        var active = book.Assignments.Where(a => a.WithdrawnAt is null).ToList();
        var inThePortal = active.Where(a => a.JurorUserId == PortalJuror).ToList();
        Assert.NotEmpty(inThePortal);
        await ScoreThroughThePortalAsync(call, platform, grid, inThePortal);
        foreach (var assignment in active.Except(inThePortal))
        {
            var strong = assignment.DossierId == call.First.Id;
            var review = await call.JurorNamed(assignment.JurorUserId).Jury.SubmitReviewAsync(call.PanelId, assignment.DossierId,
                Review(grid, call.PanelId, assignment.DossierId, strong), Cancellation);
            Assert.Equal(ReviewStatus.Submitted, review.Status);
            Assert.Equal(strong ? 100.0 : 0.0, review.Total);
        }

        foreach (var assignment in inThePortal)
        {
            var review = Assert.Single((await call.Juror.Jury.ListDossierReviewsAsync(call.PanelId, assignment.DossierId, Cancellation)).Reviews,
                r => r.JurorUserId == PortalJuror);
            Assert.Equal(ReviewStatus.Submitted, review.Status);
            Assert.Equal(assignment.DossierId == call.First.Id ? 100.0 : 0.0, review.Total);
        }

        var ranking = await call.President.Jury.GetRankingAsync(call.PanelId, Cancellation);
        Assert.Equal([call.First.Id, call.Second.Id], ranking.Rows.Select(r => r.DossierId));
        Assert.All(ranking.Rows, r => Assert.Equal((2, 2), (r.ReviewsDone, r.ReviewsExpected)));
        Assert.Equal(1, ranking.Rows[0].Position);
        var conflictedView = await call.ConflictedJuror.Jury.GetRankingAsync(call.PanelId, Cancellation);
        Assert.DoesNotContain(conflictedView.Rows, r => r.DossierId == call.Second.Id);
    }

    /// <summary>
    /// The president selects the first team (one laureate exactly) and releases, in the portal; the released decision
    /// read back through the SDK holds both outcomes and the recommended grant to the cent, and Submission records both
    /// outcomes from DossierSelected / DossierNotSelected.
    /// </summary>
    private async Task DecideAsync(Cast call, AspirePlatform platform)
    {
        var decisionId = await DecideThroughThePortalAsync(call, platform);
        var released = await call.President.Jury.GetDecisionAsync(decisionId, Cancellation);
        Assert.Equal(DecisionStatus.Released, released.Status);
        Assert.Equal((1, 1), (released.Quota.Minimum, released.Quota.Maximum));
        var first = released.Lines.Single(l => l.DossierId == call.First.Id);
        Assert.Equal((DecisionOutcome.Selected, true, RecommendedGrantCents), (first.Outcome, first.HasRecommendedGrantCents, first.RecommendedGrantCents));
        Assert.Equal("Un projet mûr, porté par une équipe qui associe déjà les usagers.", first.Rationale);
        Assert.Equal(DecisionOutcome.NotSelected, released.Lines.Single(l => l.DossierId == call.Second.Id).Outcome);
        Assert.Equal(2, released.Lines.Count);

        var selected = await Poll.UntilAsync(() => call.FirstTeam.Dossiers.GetAsync(call.First.Id, Cancellation),
            d => d.Status == DossierStatus.Selected, EventBound, "the first dossier selected in Submission", Cancellation);
        Assert.Equal(Defis.Contracts.Submission.V1.Phase.Experimentation, selected.SelectedPhase);
        await Poll.UntilAsync(() => call.SecondTeam.Dossiers.GetAsync(call.Second.Id, Cancellation),
            d => d.Status == DossierStatus.NotSelected, EventBound, "the second dossier not selected in Submission", Cancellation);
    }

    /// <summary>Every criterion at its maximum (strong) or at zero, each with a comment.</summary>
    private static SaveReviewRequest Review(Grid grid, string panelId, string dossierId, bool strong) => new()
    {
        PanelId = panelId,
        DossierId = dossierId,
        Scores =
        {
            grid.Criteria.Select(c => new Score
            {
                Criterion = c.Code, Value = strong ? c.ScaleMax : 0,
                Comment = strong ? "Critère pleinement rempli." : "Critère insuffisamment démontré.",
            }),
        },
        OverallOpinion = strong ? OverallOpinion.Favourable : OverallOpinion.Unfavourable,
        Confidence = ConfidenceLevel.High,
        GeneralComment = strong ? "Dossier solide." : "Dossier à retravailler.",
    };
}
