using Defis.Contracts.Jury.V1;
using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class ReviewFormTests
{
    private static readonly Grid TwoCriteria = new()
    {
        Version = 2,
        Criteria =
        {
            new Criterion { Code = "impact", Label = "Impact", ScaleMax = 5, Weight = 2 },
            new Criterion { Code = "equipe", Label = "Équipe", ScaleMax = 3, Weight = 1 },
        },
    };

    [Fact]
    public void Every_criterion_is_sent_in_the_grid_s_order_an_empty_one_without_a_value()
    {
        var form = new ReviewForm
        {
            Scores = [new() { Value = "4", Comment = "  Fort impact. " }, new() { Value = null, Comment = null }],
            Opinion = OverallOpinion.Favourable,
            Confidence = ConfidenceLevel.Medium,
            GeneralComment = null,
        };
        var errors = new FormErrors();

        var request = form.ToRequest("panel", "dossier", TwoCriteria, errors);

        Assert.False(errors.Any);
        Assert.NotNull(request);
        Assert.Equal(("panel", "dossier", OverallOpinion.Favourable, ConfidenceLevel.Medium, ""),
            (request.PanelId, request.DossierId, request.OverallOpinion, request.Confidence, request.GeneralComment));
        Assert.Equal(["impact", "equipe"], request.Scores.Select(s => s.Criterion));
        Assert.Equal((true, 4, "Fort impact."), (request.Scores[0].HasValue, request.Scores[0].Value, request.Scores[0].Comment));
        Assert.Equal((false, ""), (request.Scores[1].HasValue, request.Scores[1].Comment));
    }

    [Fact]
    public void A_form_with_fewer_answers_than_criteria_still_sends_each_criterion()
    {
        var request = new ReviewForm().ToRequest("panel", "dossier", TwoCriteria, new FormErrors());

        Assert.Equal(["impact", "equipe"], request!.Scores.Select(s => s.Criterion));
        Assert.All(request.Scores, s => Assert.False(s.HasValue));
    }

    [Theory]
    [InlineData("quatre")]
    [InlineData("-1")]
    [InlineData("2,5")]
    public void A_score_that_is_not_a_whole_number_is_the_form_s_own_error_on_its_input(string typed)
    {
        var form = new ReviewForm { Scores = [new() { Value = "3" }, new() { Value = typed }] };
        var errors = new FormErrors();

        Assert.Null(form.ToRequest("panel", "dossier", TwoCriteria, errors));
        var entry = Assert.Single(errors.Summary);
        Assert.Equal(("Form_Note_1", "Note — Équipe", "La note doit être un nombre entier."), (entry.Input, entry.Label, entry.Message));
    }

    [Fact]
    public void A_saved_review_fills_the_form_and_a_criterion_it_did_not_score_stays_empty()
    {
        var review = new Review
        {
            Scores = { new Score { Criterion = "equipe", Value = 0, Comment = "Équipe réduite." }, new Score { Criterion = "impact", Comment = "À préciser." } },
            OverallOpinion = OverallOpinion.FavourableWithReservations,
            Confidence = ConfidenceLevel.Low,
            GeneralComment = "Prometteur.",
        };

        var form = ReviewForm.From(TwoCriteria, review);

        Assert.Equal([("", "À préciser."), ("0", "Équipe réduite.")], form.Scores.Select(s => (s.Value, s.Comment)));
        Assert.Equal((OverallOpinion.FavourableWithReservations, ConfidenceLevel.Low, "Prometteur."), (form.Opinion, form.Confidence, form.GeneralComment));
        Assert.Equal([(null, null), (null, null)], ReviewForm.From(TwoCriteria, null).Scores.Select(s => (s.Value, s.Comment)));
    }

    [Fact]
    public void The_platform_s_field_violations_land_on_their_criterion_s_input()
    {
        var fields = ReviewForm.Fields(TwoCriteria);
        var problems = new FieldProblem[] { new("scores[1].value", "Ce champ est obligatoire."), new("overallOpinion", "Ce champ est obligatoire."), new("scores[0].comment", "Trop long.") };

        var errors = FormErrors.Map(problems, fields, "formulaire-evaluation", FormErrors.FormLabel);

        Assert.Equal([("Form_Commentaire_0", "Commentaire — Impact"), ("Form_Note_1", "Note — Équipe"), ("Form_Opinion", "Avis général")],
            errors.Summary.Select(e => (e.Input, e.Label)));
    }
}
