using Defis.Jury.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Jury.UnitTests;

public sealed class ReviewTests
{
    private readonly Panel _panel = TestData.Panel(TestData.Member("a"), TestData.Member("b"), TestData.Member("c"));
    private readonly ConflictRegister _conflicts = TestData.Conflicts();
    private readonly EvaluationGrid _grid = TestData.Grid(); // 2021: impact /5*, co_construction /5*, ecologie_social /3 (* comment required)
    private readonly DossierProfile _dossier = TestData.Dossier(1);
    private readonly PanelAssignments _book;

    public ReviewTests()
    {
        _book = TestData.Book(_panel);
        TestData.Assign(_book, _panel, _conflicts, _dossier, "a", "b");
    }

    private Review Start(string juror = "a") => Review.Start(_dossier.Id, juror, _grid, _book, TestData.Now);

    private static ReviewInput Valid() => new(
        [new("impact", 4, "Enjeu national."), new("co_construction", 3, "Usagers associés."), new("ecologie_social", 2)],
        OverallOpinion.Favourable, ConfidenceLevel.Medium, "Bon dossier.");

    private static ReviewInput With(int index, ScoreInput score)
    {
        var scores = Valid().Scores.ToArray();
        scores[index] = score;
        return Valid() with { Scores = scores };
    }

    public static TheoryData<string, ReviewInput, string, string> BadSubmissions => new()
    {
        { "score above the scale", With(0, new("impact", 6, "x")), "scores[0].value", "La note doit être comprise entre 0 et 5 (reçu : 6)." },
        { "score below zero", With(2, new("ecologie_social", -1)), "scores[2].value", "La note doit être comprise entre 0 et 3 (reçu : -1)." },
        { "score above a smaller scale", With(2, new("ecologie_social", 4)), "scores[2].value", "La note doit être comprise entre 0 et 3 (reçu : 4)." },
        { "missing score", With(1, new("co_construction", null, "x")), "scores[1].value", "Ce champ est obligatoire." },
        { "missing criterion code", With(0, new(" ", 3, "x")), "scores[0].criterion", "Ce champ est obligatoire." },
        { "unknown criterion", With(2, new("budget", 2)), "scores[2].criterion", "Critère inconnu « budget » : la grille v1 ne le contient pas." },
        { "criterion scored twice", With(2, new("IMPACT", 2, "x")), "scores[2].criterion", "Le critère « impact » est noté plusieurs fois." },
        { "missing required comment", With(1, new("co_construction", 3, "  ")), "scores[1].comment",
            "Un commentaire est obligatoire pour le critère « Démarche ouverte de co-construction avec usagers et agents, méthodes innovantes, plusieurs parties prenantes »." },
        { "comment too long", With(2, new("ecologie_social", 1, new string('c', 4001))), "scores[2].comment", "Ce champ dépasse 4000 caractères (4001)." },
        { "missing opinion", Valid() with { Opinion = null }, "overall_opinion", "Ce champ est obligatoire." },
        { "unknown opinion", Valid() with { Opinion = (OverallOpinion)9 }, "overall_opinion", "Valeur inconnue : 9." },
        { "missing confidence", Valid() with { Confidence = null }, "confidence", "Ce champ est obligatoire." },
        { "unknown confidence", Valid() with { Confidence = 0 }, "confidence", "Valeur inconnue : 0." },
        { "general comment too long", Valid() with { GeneralComment = new string('g', 8001) }, "general_comment", "Ce champ dépasse 8000 caractères (8001)." },
    };

    [Theory]
    [MemberData(nameof(BadSubmissions))]
    public void A_bad_submission_names_the_field(string _, ReviewInput input, string field, string description)
    {
        var review = Start();

        var error = Assert.Throws<RequestValidationException>(() => review.Submit(input, _grid, _book, TestData.Now));

        Assert.Contains(new FieldViolation(field, description), error.Violations);
        Assert.Equal(ReviewStatus.Draft, review.Status);
        Assert.False(_grid.IsFrozen);
    }

    [Fact]
    public void Every_bad_field_is_reported_at_once()
    {
        var input = new ReviewInput([new("impact", 9), new("inconnu", 1), new("ecologie_social", 1)]);

        var error = Assert.Throws<RequestValidationException>(() => Start().Submit(input, _grid, _book, TestData.Now));

        Assert.Equal(
        [
            new("scores[0].value", "La note doit être comprise entre 0 et 5 (reçu : 9)."),
            new("scores[0].comment", "Un commentaire est obligatoire pour le critère « Impact : enjeu majeur lié à une réforme prioritaire, réplicable ailleurs ou déployable au niveau national »."),
            new("scores[1].criterion", "Critère inconnu « inconnu » : la grille v1 ne le contient pas."),
            new("scores", "Le critère « Démarche ouverte de co-construction avec usagers et agents, méthodes innovantes, plusieurs parties prenantes » (co_construction) n'est pas noté."),
            new("overall_opinion", "Ce champ est obligatoire."),
            new FieldViolation("confidence", "Ce champ est obligatoire."),
        ], error.Violations);
    }

    [Fact]
    public void A_draft_may_be_incomplete_but_not_wrong()
    {
        var review = Start();

        review.SaveDraft(new ReviewInput([new("ecologie_social", 1)]), _grid, _book, TestData.Now);
        var error = Assert.Throws<RequestValidationException>(() =>
            review.SaveDraft(new ReviewInput([new("impact", 7), new("nope", 1)]), _grid, _book, TestData.Now));

        Assert.Equal(["scores[0].value", "scores[1].criterion"], error.Violations.Select(v => v.Field));
        Assert.Equal([null, null, 1], review.Scores.Select(s => s.Value));
    }

    [Fact]
    public void Scores_are_stored_in_grid_order_whatever_the_input_order()
    {
        var review = Start();

        review.Submit(new ReviewInput([new("Ecologie_Social", 2), new(" co_construction ", 3, " Oui. "), new("impact", 4, "Fort.")],
            OverallOpinion.FavourableWithReservations, ConfidenceLevel.Low), _grid, _book, TestData.Now);

        Assert.Equal(
            [new CriterionScore("impact", 4, "Fort."), new("co_construction", 3, "Oui."), new("ecologie_social", 2, null)],
            review.Scores);
    }

    [Fact]
    public void A_juror_not_assigned_cannot_start_save_or_submit()
    {
        Assert.Throws<PermissionDeniedException>(() => Start("c"));
        var review = Start("b");
        _book.Reassign(_dossier, "b", "c", departingReviewSubmitted: false, "Indisponible.", _panel, _conflicts, TestData.Staff, TestData.Now);

        Assert.Throws<PermissionDeniedException>(() => review.SaveDraft(Valid(), _grid, _book, TestData.Now));
        Assert.Throws<PermissionDeniedException>(() => review.Submit(Valid(), _grid, _book, TestData.Now));
    }

    [Fact]
    public void A_submitted_review_is_locked_and_freezes_its_grid()
    {
        var review = Start();

        review.Submit(Valid(), _grid, _book, TestData.Now);

        Assert.Equal((ReviewStatus.Submitted, TestData.Now), (review.Status, review.SubmittedAt!.Value));
        Assert.True(_grid.IsFrozen);
        Assert.Equal("REVIEW_SUBMITTED", Assert.Single(Assert.Throws<PreconditionFailedException>(() =>
            review.SaveDraft(Valid(), _grid, _book, TestData.Now)).Violations).Type);
        Assert.Throws<PreconditionFailedException>(() => review.Submit(Valid(), _grid, _book, TestData.Now));
        var submitted = Assert.Single(review.PendingAudit);
        Assert.Equal((AuditAction.ReviewSubmitted, "a", _dossier.Id), (submitted.Action, submitted.Actor, submitted.DossierId));
    }

    [Fact]
    public void Only_the_president_reopens_with_a_reason_and_changed_scores_are_audited()
    {
        var review = Start();
        review.Submit(Valid(), _grid, _book, TestData.Now);
        review.TakePendingAudit();

        Assert.Throws<PermissionDeniedException>(() => review.Reopen(new Actor("a"), _panel, "Je me suis trompé.", TestData.Now));
        Assert.Throws<PermissionDeniedException>(() => review.Reopen(TestData.Staff, _panel, "Erreur.", TestData.Now));
        Assert.Equal("reason", Assert.Single(Assert.Throws<RequestValidationException>(() =>
            review.Reopen(TestData.PresidentActor, _panel, " ", TestData.Now)).Violations).Field);

        review.Reopen(TestData.PresidentActor, _panel, "Note d'impact saisie par erreur.", TestData.Now.AddHours(1));
        Assert.Equal(ReviewStatus.Draft, review.Status);
        Assert.Equal(new ReviewReopening("president", TestData.Now.AddHours(1), "Note d'impact saisie par erreur."), Assert.Single(review.Reopenings));
        Assert.Equal("REVIEW_NOT_SUBMITTED", Assert.Single(Assert.Throws<PreconditionFailedException>(() =>
            review.Reopen(TestData.PresidentActor, _panel, "Encore.", TestData.Now)).Violations).Type);

        review.Submit(With(0, new("impact", 2, "Enjeu surtout local.")), _grid, _book, TestData.Now.AddHours(2));

        Assert.Equal(
            [AuditAction.ReviewReopened, AuditAction.ScoreChanged, AuditAction.ReviewSubmitted],
            review.PendingAudit.Select(e => e.Action));
        Assert.Equal("Critère impact : 4 → 2.", review.PendingAudit[1].Detail);
        Assert.Empty(review.LastSubmittedScores);
    }

    public static TheoryData<string, ViewerStanding, bool, string[]> Visibility => new()
    {
        // Reviews of the dossier: a submitted, b draft, c submitted.
        { "a", ViewerStanding.Juror, false, ["a", "c"] },
        { "b", ViewerStanding.Juror, false, ["b"] },
        { "a", ViewerStanding.Juror, true, [] },
        { "someone", ViewerStanding.Juror, false, [] },
        { "president", ViewerStanding.President, false, ["a", "c"] },
        { "b", ViewerStanding.President, false, ["b"] },
        { "staff-1", ViewerStanding.ProgrammeStaff, false, ["a", "c"] },
        { "staff-1", ViewerStanding.ProgrammeStaff, true, [] },
    };

    [Theory]
    [MemberData(nameof(Visibility))]
    public void A_juror_sees_others_scores_only_after_submitting_their_own(string viewer, ViewerStanding standing, bool conflicted, string[] visible)
    {
        TestData.Assign(_book, _panel, _conflicts, _dossier, "c");
        var a = Start("a");
        a.Submit(Valid(), _grid, _book, TestData.Now);
        var b = Start("b");
        b.SaveDraft(Valid(), _grid, _book, TestData.Now);
        var c = Start("c");
        c.Submit(Valid(), _grid, _book, TestData.Now);

        var seen = ReviewVisibility.VisibleReviews(viewer, standing, conflicted, [a, b, c]);

        Assert.Equal(visible, seen.Select(r => r.JurorUserId));
    }
}
