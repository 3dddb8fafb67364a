using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

/// <summary>A coach moves a milestone's due day (<see cref="RescheduleForm"/>) or excuses the team from it (<see cref="WaiverForm"/>).</summary>
public sealed class MilestoneChangeFormsTests
{
    private const string Plan = "0193a5b0-0000-7000-8000-0000000000a1";
    private const string Milestone = "0193a5b0-0000-7000-8000-0000000000b2";

    /// <summary>What Accompaniment answers to a waiver without a reason.</summary>
    private const string ReasonRequired = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"reason","description":"Ce champ est obligatoire."}]}]}
        """;

    /// <summary>What it answers to a change of a milestone already validated: a state, no field.</summary>
    private const string Closed = """
        {"code":9,"message":"Ce jalon est validé : il ne peut plus être replanifié.","details":[
          {"@type":"type.googleapis.com/google.rpc.PreconditionFailure","violations":[
            {"type":"MILESTONE_STATE","subject":"milestone","description":"Ce jalon est validé : il ne peut plus être replanifié."}]}]}
        """;

    [Fact]
    public void The_form_first_shows_the_current_due_day_as_a_date_input_holds_it()
    {
        Assert.Equal("2027-03-09", RescheduleForm.From(new Google.Type.Date { Year = 2027, Month = 3, Day = 9 }).Due);
        Assert.Null(RescheduleForm.From(null).Due);
        Assert.Null(RescheduleForm.From(new Google.Type.Date()).Due);
    }

    [Theory]
    [InlineData("2027-04-30")]
    [InlineData("30/04/2027")]
    [InlineData(" 30/4/2027 ")]
    public void A_new_day_is_sent_for_its_plan_and_milestone(string typed)
    {
        var local = new FormErrors();

        var request = new RescheduleForm { Due = typed }.ToRequest(Plan, Milestone, local);

        Assert.False(local.Any);
        Assert.Equal((Plan, Milestone, 2027, 4, 30), (request?.PlanId, request?.MilestoneId, request?.Due.Year, request?.Due.Month, request?.Due.Day));
    }

    [Theory]
    [InlineData("2027-04-31")]
    [InlineData("2027-02-29")]
    [InlineData("fin avril")]
    public void A_day_it_cannot_read_is_its_own_error_and_nothing_is_sent(string typed)
    {
        var local = new FormErrors();

        Assert.Null(new RescheduleForm { Due = typed }.ToRequest(Plan, Milestone, local));

        Assert.Equal([("Report_Due", "Nouvelle échéance", ParisInput.BadDate)],
            RescheduleForm.Unsent(local).Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void A_blank_day_is_sent_for_the_platform_to_say_it_is_required_at_the_day()
    {
        var request = new RescheduleForm { Due = "" }.ToRequest(Plan, Milestone, new FormErrors());

        Assert.Null(request?.Due);
        var errors = RescheduleForm.Refusal("""{"details":[{"fieldViolations":[{"field":"due","description":"Ce champ est obligatoire."}]}]}""");
        Assert.Equal([("Report_Due", "Ce champ est obligatoire.")], errors.Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void A_milestone_already_closed_is_said_once_on_the_form_that_was_sent()
    {
        var entry = Assert.Single(RescheduleForm.Refusal(Closed).Summary);

        Assert.Equal((RescheduleForm.FormId, "Ce jalon est validé : il ne peut plus être replanifié."), (entry.Input, entry.Message));
    }

    [Fact]
    public void A_confirmed_waiver_is_sent_with_its_reason_trimmed()
    {
        var errors = new FormErrors();

        var request = new WaiverForm { Reason = "  L'atelier est remplacé par la session régionale. ", Confirmed = true }.ToRequest(Plan, Milestone, errors);

        Assert.False(errors.Any);
        Assert.Equal((Plan, Milestone, "L'atelier est remplacé par la session régionale."), (request?.PlanId, request?.MilestoneId, request?.Reason));
    }

    [Fact]
    public void An_unconfirmed_waiver_with_a_reason_is_not_sent_and_the_form_asks_for_the_confirmation()
    {
        var local = new FormErrors();

        Assert.Null(new WaiverForm { Reason = "Plus d'objet.", Confirmed = false }.ToRequest(Plan, Milestone, local));

        var entry = Assert.Single(WaiverForm.Unsent(local).Summary);
        Assert.Equal(("Dispense_Confirmation", "Confirmation de la dispense", WaiverForm.NotConfirmed), (entry.Input, entry.Label, entry.Message));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void An_unconfirmed_waiver_without_reason_is_sent_for_the_platform_to_refuse_and_both_problems_show_at_once(string? reason)
    {
        var local = new FormErrors();

        var request = new WaiverForm { Reason = reason, Confirmed = false }.ToRequest(Plan, Milestone, local);

        Assert.Equal("", request?.Reason);
        Assert.Equal([("Dispense_Motif", "Ce champ est obligatoire."), ("Dispense_Confirmation", WaiverForm.NotConfirmed)],
            WaiverForm.Refusal(ReasonRequired, local).Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void A_reason_too_long_is_the_platform_s_word_at_the_reason()
    {
        var errors = WaiverForm.Refusal("""{"details":[{"fieldViolations":[{"field":"reason","description":"Ce champ dépasse 1000 caractères (1001)."}]}]}""",
            new FormErrors());

        Assert.Equal([("Dispense_Motif", "Motif de la dispense", "Ce champ dépasse 1000 caractères (1001).")], errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void A_waiver_of_a_closed_milestone_is_said_once_on_its_form()
    {
        var entry = Assert.Single(WaiverForm.Refusal(Closed, new FormErrors()).Summary);

        Assert.Equal(WaiverForm.FormId, entry.Input);
    }
}
