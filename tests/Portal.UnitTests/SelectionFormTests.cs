using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class SelectionFormTests
{
    /// <summary>What the platform answers to a stand-in amount with no rationale (google.rpc.Status through the gateway).</summary>
    private const string StandInRefused = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
            {"field":"rationale","description":"Ce champ est obligatoire."},
            {"field":"recommended_grant_cents","description":"Le montant doit être compris entre 0 et 10 000 000,00 € (reçu : -1 centimes)."}]}]}
        """;

    [Theory]
    [InlineData("100 000", 10_000_000)]
    [InlineData("150 000,50", 15_000_050)]
    [InlineData("0", 0)]
    [InlineData("0,01", 1)]
    public void The_selection_is_sent_with_the_grant_in_cents_and_its_texts_trimmed(string typed, long cents)
    {
        var form = new SelectionForm { DossierId = " 0193-dossier ", RecommendedGrant = typed, Rationale = "  Un projet mûr. " };
        var errors = new FormErrors();

        var request = form.ToRequest("decision", errors);

        Assert.False(errors.Any);
        Assert.Equal(("decision", "0193-dossier", "Un projet mûr.", cents),
            (request.DecisionId, request.DossierId, request.Rationale, request.RecommendedGrantCents));
    }

    [Theory]
    [InlineData(null, "Saisissez la dotation recommandée, en euros (0 si le jury n'en recommande aucune).")]
    [InlineData(" ", "Saisissez la dotation recommandée, en euros (0 si le jury n'en recommande aucune).")]
    [InlineData("-5", EuroAmount.Negative)]
    [InlineData("-0,01", EuroAmount.Negative)]
    [InlineData("0,001", EuroAmount.TooManyDecimals)]
    [InlineData("cent mille", EuroAmount.NotAnAmount)]
    [InlineData("92 233 720 368 547 758,08", EuroAmount.TooLarge)]
    public void An_amount_the_form_cannot_read_is_its_own_error_and_sends_a_stand_in_the_platform_refuses(string? typed, string message)
    {
        var form = new SelectionForm { DossierId = "dossier", RecommendedGrant = typed, Rationale = null };
        var errors = new FormErrors();

        var request = form.ToRequest("decision", errors);

        var entry = Assert.Single(errors.Summary);
        Assert.Equal((SelectionForm.AmountInput, "Dotation recommandée", message), (entry.Input, entry.Label, entry.Message));
        Assert.True(request.RecommendedGrantCents < 0);
        Assert.Equal(("dossier", ""), (request.DossierId, request.Rationale));
    }

    [Fact]
    public void The_platform_s_word_on_the_stand_in_is_left_out_and_its_other_fields_land_on_their_inputs()
    {
        var local = new FormErrors();
        new SelectionForm { RecommendedGrant = "-5" }.ToRequest("decision", local);

        var errors = SelectionForm.Refusal(StandInRefused, local);

        Assert.Equal([("Form_RecommendedGrant", "Dotation recommandée", EuroAmount.Negative), ("Form_Rationale", "Motif de la sélection", "Ce champ est obligatoire.")],
            errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void When_the_amount_was_read_the_platform_s_word_on_it_stands_at_its_input()
    {
        var errors = SelectionForm.Refusal(StandInRefused, new FormErrors());

        Assert.Equal(["Form_RecommendedGrant", "Form_Rationale"], errors.Summary.Select(e => e.Input));
        Assert.StartsWith("Le montant doit être compris entre 0 et", Assert.Single(errors.For("Form_RecommendedGrant")));
        Assert.Equal(["Ce champ est obligatoire."], errors.For("Form_Rationale"));
    }

    [Fact]
    public void A_refusal_naming_no_field_is_said_once_on_the_form_after_the_form_s_own_problem()
    {
        var local = new FormErrors();
        new SelectionForm { DossierId = "dossier", RecommendedGrant = "", Rationale = "Motif." }.ToRequest("decision", local);

        var errors = SelectionForm.Refusal("""{"code":9,"message":"Le dossier CB21-0003 n'est pas soumis à cette décision."}""", local);

        Assert.Equal([SelectionForm.AmountInput, SelectionForm.FormId], errors.Summary.Select(e => e.Input));
        Assert.Equal(["Le dossier CB21-0003 n'est pas soumis à cette décision."], errors.For(SelectionForm.FormId));
    }

    [Fact]
    public void A_missing_dossier_lands_on_the_dossier_s_choice() =>
        Assert.Equal(["Form_DossierId"], SelectionForm.Refusal(
            """{"details":[{"fieldViolations":[{"field":"dossier_id","description":"Ce champ est obligatoire."}]}]}""", new FormErrors()).Summary.Select(e => e.Input));
}
