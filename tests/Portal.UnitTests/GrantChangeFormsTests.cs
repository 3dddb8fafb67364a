using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class GrantChangeFormsTests
{
    private const string Grant = "0193a5b0-0000-7000-8000-000000000001";

    /// <summary>What Funding answers to AdjustGrant with a zero amount and a blank reason (FundingRequests, AmountChecks).</summary>
    private const string AdjustRefused = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
            {"field":"reason","description":"Ce champ est obligatoire."},
            {"field":"amount_cents","description":"Le montant doit être supérieur à zéro."}]}]}
        """;

    /// <summary>What Funding answers when every tranche is paid (Grant.Adjust): a state refusal, naming no field.</summary>
    private const string AllPaid = """
        {"code":9,"message":"Toutes les tranches sont versées : le montant ne peut plus changer.","details":[
          {"@type":"type.googleapis.com/google.rpc.PreconditionFailure","violations":[
            {"type":"ALL_RELEASED","subject":"amount","description":"Toutes les tranches sont versées : le montant ne peut plus changer."}]}]}
        """;

    private const string ReasonRequired = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"reason","description":"Ce champ est obligatoire."}]}]}
        """;

    [Theory]
    [InlineData("90 000", 9_000_000)]
    [InlineData("90 000,50 €", 9_000_050)]
    [InlineData("0,01", 1)]
    [InlineData("0,00", 0)]
    [InlineData("0", 0)]
    [InlineData("", 0)]
    public void The_new_amount_is_sent_in_cents_as_typed_and_the_reason_trimmed(string typed, long cents)
    {
        var errors = new FormErrors();

        var request = new AdjustForm { Amount = typed, Reason = "  Budget revu en comité. " }.ToRequest(Grant, errors);

        Assert.False(errors.Any);
        Assert.Equal((Grant, cents, "Budget revu en comité."), (request.GrantId, request.AmountCents, request.Reason));
    }

    [Theory]
    [InlineData("-0,01", EuroAmount.Negative)]
    [InlineData("quatre-vingt-dix mille", EuroAmount.NotAnAmount)]
    [InlineData("90.000", EuroAmount.NotAnAmount)]
    [InlineData("1,234", EuroAmount.TooManyDecimals)]
    [InlineData("99 999 999 999 999 999 999", EuroAmount.TooLarge)]
    public void An_amount_it_cannot_read_is_its_own_error_and_a_stand_in_the_platform_refuses_is_sent(string typed, string message)
    {
        var errors = new FormErrors();

        var request = new AdjustForm { Amount = typed, Reason = null }.ToRequest(Grant, errors);

        var entry = Assert.Single(errors.Summary);
        Assert.Equal(("Ajustement_Montant", "Nouveau montant", message), (entry.Input, entry.Label, entry.Message));
        Assert.Equal((AdjustForm.StandIn, ""), (request.AmountCents, request.Reason));
    }

    [Fact]
    public void The_platform_s_field_refusals_land_at_the_adjustment_s_inputs_in_the_form_s_order()
    {
        var errors = AdjustForm.Refusal(AdjustRefused, new FormErrors());

        Assert.Equal([("Ajustement_Montant", "Le montant doit être supérieur à zéro."), ("Ajustement_Motif", "Ce champ est obligatoire.")],
            errors.Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void The_platform_s_word_on_the_stand_in_amount_is_left_out()
    {
        var local = new FormErrors();
        new AdjustForm { Amount = "douze" }.ToRequest(Grant, local);

        var errors = AdjustForm.Refusal(AdjustRefused, local);

        Assert.Equal([("Ajustement_Montant", EuroAmount.NotAnAmount), ("Ajustement_Motif", "Ce champ est obligatoire.")],
            errors.Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void A_state_refusal_of_the_adjustment_is_said_once_on_its_form()
    {
        var errors = AdjustForm.Refusal(AllPaid, new FormErrors());

        var entry = Assert.Single(errors.Summary);
        Assert.Equal((AdjustForm.FormId, FormErrors.FormLabel, "Toutes les tranches sont versées : le montant ne peut plus changer."),
            (entry.Input, entry.Label, entry.Message));
    }

    [Fact]
    public void A_confirmed_cancellation_is_sent_with_its_reason_trimmed()
    {
        var errors = new FormErrors();

        var request = new CancelForm { Reason = " Projet abandonné par l'équipe. ", Confirmed = true }.ToRequest(Grant, errors);

        Assert.False(errors.Any);
        Assert.Equal((Grant, "Projet abandonné par l'équipe."), (request?.GrantId, request?.Reason));
    }

    [Fact]
    public void An_unconfirmed_cancellation_with_a_reason_is_not_sent_and_the_form_asks_for_the_confirmation()
    {
        var local = new FormErrors();

        var request = new CancelForm { Reason = "Projet abandonné.", Confirmed = false }.ToRequest(Grant, local);

        Assert.Null(request);
        var entry = Assert.Single(CancelForm.Unsent(local).Summary);
        Assert.Equal(("Annulation_Confirmation", "Confirmation de l'annulation", CancelForm.NotConfirmed), (entry.Input, entry.Label, entry.Message));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void An_unconfirmed_cancellation_without_reason_is_sent_for_the_platform_to_refuse_and_both_problems_show_at_once(string? reason)
    {
        var local = new FormErrors();

        var request = new CancelForm { Reason = reason, Confirmed = false }.ToRequest(Grant, local);

        Assert.Equal("", request?.Reason);
        var errors = CancelForm.Refusal(ReasonRequired, local);
        Assert.Equal([("Annulation_Motif", "Ce champ est obligatoire."), ("Annulation_Confirmation", CancelForm.NotConfirmed)],
            errors.Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void A_state_refusal_of_the_cancellation_is_said_once_on_its_form()
    {
        var errors = CancelForm.Refusal("""{"code":9,"message":"La dotation a changé entre-temps."}""", new FormErrors());

        Assert.Equal([(CancelForm.FormId, "La dotation a changé entre-temps.")], errors.Summary.Select(e => (e.Input, e.Message)));
    }
}
