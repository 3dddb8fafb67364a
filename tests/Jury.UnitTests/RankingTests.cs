using Defis.Jury.Domain;

namespace Defis.Jury.UnitTests;

public sealed class RankingTests
{
    private static readonly Criterion Note = new("note", "Note globale", 1, 10, false);

    /// <summary>Builds a phase where each (dossier, juror, score on 0–10) is a submitted review; total = 10 × score.</summary>
    private sealed class Phase
    {
        private readonly Panel _panel = TestData.Panel(TestData.Member("a"), TestData.Member("b"), TestData.Member("c"), TestData.Member("d"));
        private readonly ConflictRegister _conflicts = TestData.Conflicts();
        private readonly List<Review> _reviews = [];
        private readonly PanelAssignments _book;

        public Phase(EvaluationGrid? grid = null)
        {
            Grid = grid ?? TestData.Grid(Note);
            _book = TestData.Book(_panel, reviewers: 4, max: 100);
        }

        public EvaluationGrid Grid { get; }

        public List<DossierProfile> Dossiers { get; } = [];

        public IReadOnlyList<Review> Reviews => _reviews;

        public Phase Review(DossierProfile dossier, string juror, params int[] scores) => Review(dossier, juror, Grid, scores);

        public Phase Review(DossierProfile dossier, string juror, EvaluationGrid grid, params int[] scores)
        {
            if (!Dossiers.Contains(dossier))
            {
                Dossiers.Add(dossier);
            }
            TestData.Assign(_book, _panel, _conflicts, dossier, juror);
            _reviews.Add(TestData.Submitted(_book, grid, dossier, juror, scores));
            return this;
        }

        public Phase Expect(DossierProfile dossier, params string[] jurors)
        {
            Dossiers.Add(dossier);
            TestData.Assign(_book, _panel, _conflicts, dossier, jurors);
            return this;
        }

        public PhaseRanking Rank(RankingOptions? options = null, bool reverseInputs = false, EvaluationGrid[]? grids = null) => PhaseRanker.Rank(
            TestData.Programme, SharedKernel.Phase.Incubation,
            reverseInputs ? Enumerable.Reverse(Dossiers).ToArray() : Dossiers,
            reverseInputs ? Enumerable.Reverse(_reviews).ToArray() : _reviews,
            grids ?? [Grid], _book.ExpectedReviews(), options);

        public DossierScores Scores(DossierProfile dossier, RankingOptions? options = null) =>
            Rank(options).Rows.Single(r => r.Scores.Dossier == dossier).Scores;
    }

    [Fact]
    public void Mean_median_and_deviation_of_an_even_count()
    {
        var d = TestData.Dossier(1);
        var phase = new Phase().Review(d, "a", 2).Review(d, "b", 9).Review(d, "c", 4).Review(d, "d", 8);

        var scores = phase.Scores(d);

        Assert.Equal(new Rational(115, 2), scores.Mean); // (20 + 90 + 40 + 80) / 4
        Assert.Equal(Rational.FromInteger(60), scores.Median); // (40 + 80) / 2
        Assert.Equal(Math.Sqrt(818.75), scores.StandardDeviation!.Value, 12); // population deviation
        Assert.Equal((4, 4), (scores.ReviewsDone, scores.ReviewsExpected));
    }

    [Fact]
    public void Median_of_an_even_count_stays_exact_between_fractions()
    {
        var grid = TestData.Grid(DefaultGrids.CoConstruction2021.ToArray());
        var d = TestData.Dossier(1);
        var phase = new Phase(grid).Review(d, "a", 3, 4, 2).Review(d, "b", 5, 5, 3);

        var scores = phase.Scores(d);

        Assert.Equal(new Rational(254, 3), scores.Median); // (208/3 + 100) / 2
        Assert.Equal(scores.Median, scores.Mean);
        Assert.Equal(84.67m, scores.Median!.Value.Round(2));
    }

    [Fact]
    public void Median_of_an_odd_count_is_the_middle_total()
    {
        var d = TestData.Dossier(1);
        var phase = new Phase().Review(d, "a", 1).Review(d, "b", 5).Review(d, "c", 3);

        var scores = phase.Scores(d);

        Assert.Equal(Rational.FromInteger(30), scores.Median);
        Assert.Equal(Rational.FromInteger(30), scores.Mean);
        Assert.Equal(Math.Sqrt(800.0 / 3), scores.StandardDeviation!.Value, 12);
    }

    [Fact]
    public void A_single_review_has_no_spread_and_no_disagreement()
    {
        var d = TestData.Dossier(1);
        var scores = new Phase().Review(d, "a", 7).Expect(TestData.Dossier(2), "b").Scores(d);

        Assert.Equal(0.0, scores.StandardDeviation);
        Assert.False(scores.Disagreement);
    }

    [Theory]
    [InlineData(15.0, false)] // deviation exactly 15: not above
    [InlineData(14.99, true)]
    [InlineData(30.0, false)]
    public void Disagreement_is_a_deviation_strictly_above_the_threshold(double threshold, bool flagged)
    {
        var d = TestData.Dossier(1);
        var phase = new Phase().Review(d, "a", 4).Review(d, "b", 7); // 40 and 70: deviation 15

        var scores = phase.Scores(d, new RankingOptions(threshold));

        Assert.Equal(15.0, scores.StandardDeviation);
        Assert.Equal(flagged, scores.Disagreement);
    }

    [Fact]
    public void Ties_break_on_median_then_filing_then_reference()
    {
        var filing = TestData.Now;
        var higherMedian = TestData.Dossier(1, filedAt: filing.AddDays(3));
        var lowerMedian = TestData.Dossier(2, filedAt: filing);
        var laterFiled = TestData.Dossier(3, filedAt: filing.AddDays(2));
        var earlierFiled = TestData.Dossier(4, filedAt: filing.AddDays(1));
        var sameTimeB = TestData.Dossier(6, filedAt: filing.AddDays(5)) with { Reference = "CB21-B" };
        var sameTimeA = TestData.Dossier(5, filedAt: filing.AddDays(5)) with { Reference = "CB21-A" };
        var best = TestData.Dossier(7);
        var phase = new Phase()
            .Review(best, "a", 9)
            .Review(higherMedian, "a", 2).Review(higherMedian, "b", 6).Review(higherMedian, "c", 7) // mean 50, median 60
            .Review(lowerMedian, "a", 4).Review(lowerMedian, "b", 5).Review(lowerMedian, "c", 6) // mean 50, median 50
            .Review(laterFiled, "a", 3).Review(earlierFiled, "a", 3)
            .Review(sameTimeB, "b", 1).Review(sameTimeA, "b", 1);

        var ranking = phase.Rank();

        Assert.Equal([best, higherMedian, lowerMedian, earlierFiled, laterFiled, sameTimeA, sameTimeB], ranking.Rows.Select(r => r.Scores.Dossier));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], ranking.Rows.Select(r => r.Position!.Value));
        Assert.Equal([false, false, false, false, true, false, true], ranking.Rows.Select(r => r.Tied));
        Assert.Equal(ranking.Rows, phase.Rank(reverseInputs: true).Rows);
    }

    [Fact]
    public void Dossiers_without_a_submitted_review_come_last_unranked_in_filing_order()
    {
        var reviewed = TestData.Dossier(3);
        var waitingLater = TestData.Dossier(2, filedAt: TestData.Now.AddDays(2));
        var waitingEarlier = TestData.Dossier(1, filedAt: TestData.Now.AddDays(1));
        var phase = new Phase().Expect(waitingLater, "a", "b").Review(reviewed, "a", 1).Expect(waitingEarlier, "c");

        var rows = phase.Rank().Rows;

        Assert.Equal([reviewed, waitingEarlier, waitingLater], rows.Select(r => r.Scores.Dossier));
        Assert.Equal([1, null, null], rows.Select(r => r.Position));
        Assert.Equal((0, 2), (rows[2].Scores.ReviewsDone, rows[2].Scores.ReviewsExpected));
        Assert.Null(rows[2].Scores.Mean);
    }

    [Fact]
    public void Per_juror_z_scores_put_a_harsh_and_a_lenient_juror_on_one_footing()
    {
        var d1 = TestData.Dossier(1);
        var d2 = TestData.Dossier(2);
        var d3 = TestData.Dossier(3);
        var d4 = TestData.Dossier(4);
        // "a" is harsh (30, 10), "b" lenient (90, 70): raw order d3, d4, d1, d2.
        var phase = new Phase().Review(d1, "a", 3).Review(d2, "a", 1).Review(d3, "b", 9).Review(d4, "b", 7);

        var ranking = phase.Rank();

        Assert.Equal([d3, d4, d1, d2], ranking.Rows.Select(r => r.Scores.Dossier));
        Assert.Equal([1.0, -1.0, 1.0, -1.0], ranking.Rows.Select(r => r.Scores.NormalisedScore!.Value));
        // d1 and d3 tie at z = +1: the raw position decides.
        Assert.Equal([1, 3, 2, 4], ranking.Rows.Select(r => r.NormalisedPosition!.Value));
        var harsh = ranking.Jurors.Single(j => j.JurorUserId == "a");
        Assert.Equal((2, Rational.FromInteger(20), 10.0), (harsh.Reviews, harsh.Mean, harsh.StandardDeviation));
    }

    [Fact]
    public void A_dossier_z_score_is_the_mean_of_its_reviewers_z_scores()
    {
        var d1 = TestData.Dossier(1);
        var d2 = TestData.Dossier(2);
        var d3 = TestData.Dossier(3);
        var phase = new Phase()
            .Review(d1, "a", 2).Review(d2, "a", 4).Review(d3, "a", 6) // mean 40, deviation √(800/3)
            .Review(d1, "b", 8).Review(d2, "b", 9).Review(d3, "b", 10)
            .Review(d3, "c", 5); // alone: z = 0

        var scores = phase.Rank().Rows.ToDictionary(r => r.Scores.Dossier, r => r.Scores.NormalisedScore!.Value);

        var z = 20 / Math.Sqrt(800.0 / 3);
        Assert.Equal(-z, scores[d1], 12);
        Assert.Equal(0.0, scores[d2], 12);
        Assert.Equal((z + z + 0) / 3, scores[d3], 12);
    }

    [Fact]
    public void A_juror_who_gives_everyone_the_same_total_contributes_zero()
    {
        var d1 = TestData.Dossier(1);
        var d2 = TestData.Dossier(2);
        var phase = new Phase().Review(d1, "a", 5).Review(d2, "a", 5);

        Assert.All(phase.Rank().Rows, r => Assert.Equal(0.0, r.Scores.NormalisedScore));
    }

    [Fact]
    public void Reviews_scored_on_two_grid_versions_rank_on_the_same_0_100_scale()
    {
        var d1 = TestData.Dossier(1);
        var d2 = TestData.Dossier(2);
        var phase = new Phase().Review(d1, "a", 7); // freezes v1 (0–10)
        var v2 = phase.Grid.NextVersion([new("note", "Note globale", 1, 3, false)], TestData.Staff, TestData.Now);
        phase.Review(d2, "b", v2, 2).Review(d2, "c", v2, 3); // 200/3 and 100

        var ranking = phase.Rank(grids: [phase.Grid, v2]);

        Assert.Equal([d2, d1], ranking.Rows.Select(r => r.Scores.Dossier));
        Assert.Equal(new Rational(250, 3), ranking.Rows[0].Scores.Mean);
        Assert.Equal(Rational.FromInteger(70), ranking.Rows[1].Scores.Mean);
    }

    [Fact]
    public void Drafts_and_reviews_of_other_dossiers_are_left_out()
    {
        var panel = TestData.Panel(TestData.Member("a"), TestData.Member("b"));
        var grid = TestData.Grid(Note);
        var book = TestData.Book(panel);
        var conflicts = TestData.Conflicts();
        var d1 = TestData.Dossier(1);
        var other = TestData.Dossier(2);
        TestData.Assign(book, panel, conflicts, d1, "a", "b");
        TestData.Assign(book, panel, conflicts, other, "a");
        var draft = Review.Start(d1.Id, "b", grid, book, TestData.Now);
        draft.SaveDraft(TestData.Input(grid, 1), grid, book, TestData.Now);

        var ranking = PhaseRanker.Rank(TestData.Programme, SharedKernel.Phase.Incubation, [d1],
            [TestData.Submitted(book, grid, d1, "a", 8), draft, TestData.Submitted(book, grid, other, "a", 1)], [grid], book.ExpectedReviews());

        var scores = Assert.Single(ranking.Rows).Scores;
        Assert.Equal((1, 2, Rational.FromInteger(80)), (scores.ReviewsDone, scores.ReviewsExpected, scores.Mean!.Value));
    }

    [Fact]
    public void A_conflicted_juror_does_not_see_the_dossier_in_the_ranking()
    {
        var d1 = TestData.Dossier(1, lead: "Ville de Lyon");
        var d2 = TestData.Dossier(2);
        var phase = new Phase().Review(d1, "a", 9).Review(d2, "b", 4).Review(d2, "c", 5);
        var juror = TestData.Member("c", "Ville de Lyon");

        var seen = phase.Rank().VisibleTo(juror, TestData.Conflicts(), phase.Reviews);

        Assert.Equal([d2], seen.Rows.Select(r => r.Scores.Dossier));
        Assert.Equal(1, seen.Rows[0].Position);
    }

    [Fact]
    public void A_juror_learns_nothing_of_a_dossier_before_submitting_their_own_review_of_it()
    {
        var d1 = TestData.Dossier(1);
        var d2 = TestData.Dossier(2);
        var d3 = TestData.Dossier(3);
        var phase = new Phase().Review(d1, "a", 9).Review(d1, "c", 8).Review(d2, "b", 7).Review(d3, "a", 2).Review(d3, "c", 3);

        var seen = phase.Rank().VisibleTo(TestData.Member("c"), TestData.Conflicts(), phase.Reviews);

        Assert.Equal([d1, d3, d2], seen.Rows.Select(r => r.Scores.Dossier));
        Assert.Equal([1, 2, null], seen.Rows.Select(r => r.Position));
        Assert.Equal([1, 2, null], seen.Rows.Select(r => r.NormalisedPosition));
        var hidden = seen.Rows[2].Scores;
        Assert.Equal((0, 0, (Rational?)null, (Rational?)null, (double?)null, false, (double?)null),
            (hidden.ReviewsDone, hidden.ReviewsExpected, hidden.Mean, hidden.Median, hidden.StandardDeviation, hidden.Disagreement, hidden.NormalisedScore));
        Assert.NotNull(seen.Rows[0].Scores.Mean);
        Assert.Equal([false, false, true], seen.Rows.Select(r => r.Sealed));
        Assert.All(phase.Rank().Rows, r => Assert.False(r.Sealed));
        Assert.Empty(seen.Jurors);
    }

    [Fact]
    public void Sealed_rows_come_in_filing_order_tied_to_nothing_whatever_their_hidden_place()
    {
        var d1 = TestData.Dossier(1);
        var d2 = TestData.Dossier(2);
        var d3 = TestData.Dossier(3);
        var phase = new Phase().Review(d1, "a", 5).Review(d2, "a", 9).Review(d3, "b", 9);

        var seen = phase.Rank().VisibleTo(TestData.Member("c"), TestData.Conflicts(), phase.Reviews);

        Assert.Equal([d2, d3, d1], phase.Rank().Rows.Select(r => r.Scores.Dossier));
        Assert.True(phase.Rank().Rows[1].Tied);
        Assert.Equal([d1, d2, d3], seen.Rows.Select(r => r.Scores.Dossier));
        Assert.All(seen.Rows, r => Assert.Equal((true, false, (int?)null), (r.Sealed, r.Tied, r.Position)));
    }

    [Fact]
    public void A_draft_is_not_a_submitted_review_and_a_president_who_does_not_review_sees_everything()
    {
        var d1 = TestData.Dossier(1);
        var d2 = TestData.Dossier(2);
        var phase = new Phase().Review(d1, "a", 9).Review(d2, "b", 7);
        var panel = TestData.Panel(TestData.Member("b"));
        var book = TestData.Book(panel, reviewers: 1);
        TestData.Assign(book, panel, TestData.Conflicts(), d1, "b");
        var draft = Review.Start(d1.Id, "b", phase.Grid, book, TestData.Now);
        var president = TestData.Member("d", role: PanelRole.President);

        var juror = phase.Rank().VisibleTo(TestData.Member("b"), TestData.Conflicts(), [.. phase.Reviews, draft]);
        var presiding = phase.Rank().VisibleTo(president, TestData.Conflicts(), phase.Reviews);
        var presidingWithDraft = phase.Rank().VisibleTo(president with { UserId = "b" }, TestData.Conflicts(), [.. phase.Reviews, draft]);

        Assert.Equal([(d2, 1), (d1, (int?)null)], juror.Rows.Select(r => (r.Scores.Dossier, r.Position)));
        Assert.Equal([1, 2], presiding.Rows.Select(r => r.Position));
        Assert.Null(presidingWithDraft.Rows.Single(r => r.Scores.Dossier == d1).Scores.Mean);
        Assert.Equal([false, true], presidingWithDraft.Rows.Select(r => r.Sealed));
        Assert.All(presiding.Rows, r => Assert.False(r.Sealed));
    }
}
