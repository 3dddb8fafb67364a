using Defis.Contracts.Jury.V1;
using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

/// <summary>Staff's own criteria on the grid form: the rows sent, the numbers read, and each of the platform's words back at its row.</summary>
public sealed class GridFormTests
{
    private const string PanelId = "0190f3a0-0000-7000-8000-000000000001";

    /// <summary>Rows 0 and 2 filled, row 1 and the last three blank: the platform numbers them criteria[0] and criteria[1].</summary>
    private static GridForm TwoRowsAroundABlankOne(string weight = "2", string scale = "5") => new()
    {
        Criteria =
        [
            new() { Label = " Impact attendu ", Code = " impact ", Weight = weight, ScaleMax = "5", CommentRequired = true },
            new() { Label = "  ", CommentRequired = true },
            new() { Label = "Équipe", Code = "equipe", Weight = "1", ScaleMax = scale },
            new(), new(), new(),
        ],
    };

    [Fact]
    public void Filled_rows_are_sent_in_order_trimmed_and_blank_ones_left_out_even_with_their_box_ticked()
    {
        var local = new FormErrors();

        var request = TwoRowsAroundABlankOne().ToRequest(PanelId, local);

        Assert.False(local.Any);
        Assert.Equal((PanelId, DefaultGrid.Unspecified), (request.PanelId, request.DefaultGrid));
        Assert.Equal([("impact", "Impact attendu", 2, 5, true), ("equipe", "Équipe", 1, 5, false)],
            request.Criteria.Select(c => (c.Code, c.Label, c.Weight, c.ScaleMax, c.CommentRequired)));
    }

    [Fact]
    public void A_row_with_anything_typed_is_sent_and_a_post_without_rows_draws_them_blank()
    {
        var form = new GridForm { Criteria = [new() { Code = "x" }] };

        Assert.Equal([0], form.SentRows);
        Assert.True(form.Row(GridForm.RowCount - 1).IsBlank);
        Assert.Equal(GridForm.RowCount, new GridForm().Criteria.Count);
        Assert.Empty(new GridForm().SentRows);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("1", 1)]
    [InlineData("100", 100)]
    [InlineData("101", 101)]
    [InlineData(" 1 000 ", 1000)]
    [InlineData("-1", -1)]
    public void Whole_weights_and_scales_are_sent_as_typed_their_bounds_being_the_platform_s(string typed, int sent)
    {
        var local = new FormErrors();

        var request = TwoRowsAroundABlankOne(weight: typed, scale: typed).ToRequest(PanelId, local);

        Assert.False(local.Any);
        Assert.Equal((sent, sent), (request.Criteria[0].Weight, request.Criteria[1].ScaleMax));
    }

    [Theory]
    [InlineData("deux", CriterionRow.BadWeight, CriterionRow.BadScale)]
    [InlineData("1,5", CriterionRow.BadWeight, CriterionRow.BadScale)]
    [InlineData("1.5", CriterionRow.BadWeight, CriterionRow.BadScale)]
    [InlineData("99999999999", CriterionRow.BadWeight, CriterionRow.BadScale)]
    [InlineData("", CriterionRow.NoWeight, CriterionRow.NoScale)]
    [InlineData("   ", CriterionRow.NoWeight, CriterionRow.NoScale)]
    public void A_number_it_cannot_read_is_the_row_s_own_problem_and_a_stand_in_the_platform_refuses_is_sent(string typed, string weightMessage, string scaleMessage)
    {
        var local = new FormErrors();

        var request = TwoRowsAroundABlankOne(weight: typed, scale: typed).ToRequest(PanelId, local);

        Assert.Equal((CriterionRow.StandIn, CriterionRow.StandIn), (request.Criteria[0].Weight, request.Criteria[1].ScaleMax));
        Assert.True(CriterionRow.StandIn < 1);
        Assert.Equal(
            [
                ("Grille_Criteria_0__Weight", "Critère 1 : poids", weightMessage),
                ("Grille_Criteria_2__ScaleMax", "Critère 3 : note maximale", scaleMessage),
            ],
            local.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void The_platform_s_words_on_criteria_go_back_to_the_rows_they_were_typed_in_in_the_form_s_order()
    {
        const string refused = """
            {"code":3,"message":"Requête invalide.","details":[
              {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
                {"field":"criteria[1].scale_max","description":"Le barème doit aller de 0 à un maximum compris entre 1 et 100 (reçu : 101)."},
                {"field":"criteria[0].code","description":"Code invalide : lettres minuscules, chiffres et « _ », 40 caractères au plus."},
                {"field":"criteria[1].label","description":"Ce champ est obligatoire."}]}]}
            """;

        var errors = TwoRowsAroundABlankOne().Refusal(refused, new FormErrors());

        Assert.Equal(
            [
                ("Grille_Criteria_0__Code", "Critère 1 : code", "Code invalide : lettres minuscules, chiffres et « _ », 40 caractères au plus."),
                ("Grille_Criteria_2__Label", "Critère 3 : libellé", "Ce champ est obligatoire."),
                ("Grille_Criteria_2__ScaleMax", "Critère 3 : note maximale", "Le barème doit aller de 0 à un maximum compris entre 1 et 100 (reçu : 101)."),
            ],
            errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void The_platform_s_word_on_a_stand_in_is_left_out_and_its_others_kept()
    {
        const string refused = """
            {"code":3,"message":"Requête invalide.","details":[
              {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
                {"field":"criteria[0].weight","description":"Le poids doit être compris entre 1 et 100 (reçu : 0)."},
                {"field":"criteria[1].weight","description":"Le poids doit être compris entre 1 et 100 (reçu : 0)."}]}]}
            """;
        var form = TwoRowsAroundABlankOne(weight: "deux");
        form.Criteria[2].Weight = "0";
        var local = new FormErrors();
        form.ToRequest(PanelId, local);

        var errors = form.Refusal(refused, local);

        Assert.Equal(
            [
                ("Grille_Criteria_0__Weight", CriterionRow.BadWeight),
                ("Grille_Criteria_2__Weight", "Le poids doit être compris entre 1 et 100 (reçu : 0)."),
            ],
            errors.Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void A_word_on_the_criteria_as_a_whole_goes_to_the_first_row_sent_and_one_on_both_ways_to_the_choice_of_grid()
    {
        const string scales = """
            {"code":3,"message":"Requête invalide.","details":[
              {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"criteria","description":"Ces barèmes (7, 11) n'ont pas de multiple commun inférieur à 10000."}]}]}
            """;
        const string both = """
            {"code":3,"message":"Requête invalide.","details":[
              {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"default_grid","description":"Donnez soit des critères, soit une grille par défaut, pas les deux."}]}]}
            """;
        var form = new GridForm { Criteria = [new(), new() { Label = "Impact", Code = "impact", Weight = "1", ScaleMax = "7" }] };

        var whole = form.Refusal(scales, new FormErrors());
        var twice = form.Refusal(both, new FormErrors());

        Assert.Equal([("Grille_Criteria_1__Label", "Critère 2 : libellé")], whole.Summary.Select(e => (e.Input, e.Label)));
        Assert.Equal([("Grille_DefaultGrid", "Grille de départ", "Donnez soit des critères, soit une grille par défaut, pas les deux.")],
            twice.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void A_state_refusal_of_the_grid_is_said_once_on_its_form()
    {
        var errors = TwoRowsAroundABlankOne().Refusal("""{"code":10,"message":"La grille vient d'être modifiée par ailleurs : relisez-la puis réessayez."}""", new FormErrors());

        Assert.Equal([(GridForm.FormId, FormErrors.FormLabel, "La grille vient d'être modifiée par ailleurs : relisez-la puis réessayez.")],
            errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }
}
