using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class DecisionOpeningFormTests
{
    [Fact]
    public void The_decision_is_opened_over_the_ranked_dossiers_with_the_typed_quota()
    {
        var errors = new FormErrors();

        var request = new DecisionOpeningForm { Minimum = " 1 ", Maximum = "1" }.ToRequest("panel", ["premier", "second"], errors);

        Assert.False(errors.Any);
        Assert.NotNull(request);
        Assert.Equal(("panel", true, 1, true, 1), (request.PanelId, request.Quota.HasMinimum, request.Quota.Minimum, request.Quota.HasMaximum, request.Quota.Maximum));
        Assert.Equal(["premier", "second"], request.CandidateDossierIds);
    }

    [Fact]
    public void A_bound_left_empty_is_no_bound_and_zero_is_one()
    {
        var request = new DecisionOpeningForm { Minimum = "0", Maximum = null }.ToRequest("panel", [], new FormErrors());

        Assert.Equal((true, 0, false), (request!.Quota.HasMinimum, request.Quota.Minimum, request.Quota.HasMaximum));
        Assert.False(new DecisionOpeningForm { Minimum = " ", Maximum = "" }.ToRequest("panel", [], new FormErrors())!.Quota.HasMinimum);
    }

    [Fact]
    public void A_signed_count_is_sent_for_the_platform_to_judge() =>
        Assert.Equal(-1, new DecisionOpeningForm { Minimum = "-1" }.ToRequest("panel", [], new FormErrors())!.Quota.Minimum);

    [Theory]
    [InlineData("un", "2")]
    [InlineData("1,5", "2")]
    [InlineData("2147483648", "2")]
    public void A_count_that_is_not_a_whole_number_is_the_form_s_own_error_and_nothing_is_sent(string minimum, string maximum)
    {
        var errors = new FormErrors();

        Assert.Null(new DecisionOpeningForm { Minimum = minimum, Maximum = maximum }.ToRequest("panel", [], errors));
        Assert.Equal(("Form_Minimum", "Nombre minimum de dossiers retenus"), (Assert.Single(errors.Summary).Input, errors.Summary[0].Label));
    }

    [Fact]
    public void The_platform_s_quota_violations_land_on_the_bounds_and_a_minimum_above_the_maximum_on_the_minimum()
    {
        var problems = new FieldProblem[]
        {
            new("quota", "Le minimum (3) dépasse le maximum (0)."), new("quota.maximum", "Le maximum doit être au moins 1 (reçu : 0)."),
            new("candidates", "Une décision porte sur au moins un dossier."),
        };

        var errors = FormErrors.Map(problems, DecisionOpeningForm.Fields, DecisionOpeningForm.FormId, FormErrors.FormLabel);

        Assert.Equal(["Form_Minimum", "Form_Maximum", DecisionOpeningForm.FormId], errors.Summary.Select(e => e.Input));
    }
}
