using Defis.Contracts.Funding.V1;
using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class CommitFormTests
{
    /// <summary>What the platform answers to a schedule of 50 % and 40 % whose second line names no milestone.</summary>
    private const string ScheduleRefused = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
            {"field":"schedule[1].milestone","description":"Ce champ est obligatoire."},
            {"field":"schedule","description":"Les tranches doivent totaliser 100 % de la dotation (ici 90,00 %)."}]}]}
        """;

    /// <summary>What the platform answers to a stand-in share on the first line sent, the second naming no trigger.</summary>
    private const string StandInRefused = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
            {"field":"schedule[0].share_basis_points","description":"La part d'une tranche doit être positive."},
            {"field":"schedule[1].trigger","description":"Valeur inconnue."},
            {"field":"schedule","description":"Les tranches doivent totaliser 100 % de la dotation (ici 50,00 %)."}]}]}
        """;

    private static CommitForm Form(params CommitForm.TrancheLine[] lines) => new() { Lines = [.. lines] };

    private static CommitForm.TrancheLine Line(string? share, TrancheTrigger trigger = TrancheTrigger.Unspecified, string? milestone = null) =>
        new() { Share = share, Trigger = trigger, Milestone = milestone };

    [Fact]
    public void The_lines_filled_in_are_sent_in_order_as_basis_points_and_the_empty_ones_left_out()
    {
        var form = Form(Line("50", TrancheTrigger.AtCommitment), Line(null), Line("33,34", TrancheTrigger.Milestone, "  Premières permanences "),
            Line("16,66", TrancheTrigger.Manual));
        var errors = new FormErrors();

        var request = form.ToRequest("grant", errors);

        Assert.False(errors.Any);
        Assert.Equal("grant", request.GrantId);
        Assert.Equal(
            [(5_000, TrancheTrigger.AtCommitment, ""), (3_334, TrancheTrigger.Milestone, "Premières permanences"), (1_666, TrancheTrigger.Manual, "")],
            request.Schedule.Select(t => (t.ShareBasisPoints, t.Trigger, t.Milestone)));
        Assert.Equal([0, 2, 3], form.SentLines);
    }

    [Fact]
    public void A_milestone_typed_for_another_trigger_is_not_sent()
    {
        var request = Form(Line("100", TrancheTrigger.Manual, "Jalon")).ToRequest("grant", new FormErrors());

        Assert.Equal("", Assert.Single(request.Schedule).Milestone);
    }

    [Fact]
    public void No_line_sends_an_empty_schedule_which_the_platform_pays_whole_at_commitment()
    {
        var errors = new FormErrors();

        var request = Form(Line(" "), Line(null, TrancheTrigger.Unspecified, " ")).ToRequest("grant", errors);

        Assert.Empty(request.Schedule);
        Assert.False(errors.Any);
    }

    [Fact]
    public void Shares_that_do_not_add_up_are_sent_as_typed_for_the_platform_to_say_so()
    {
        var errors = new FormErrors();

        var request = Form(Line("50", TrancheTrigger.AtCommitment), Line("40", TrancheTrigger.Milestone, "Jalon")).ToRequest("grant", errors);

        Assert.False(errors.Any);
        Assert.Equal([5_000, 4_000], request.Schedule.Select(t => t.ShareBasisPoints));
    }

    [Fact]
    public void A_blank_share_on_a_line_otherwise_filled_is_sent_as_zero_for_the_platform_to_refuse()
    {
        var errors = new FormErrors();

        var request = Form(Line("", TrancheTrigger.Manual)).ToRequest("grant", errors);

        Assert.False(errors.Any);
        Assert.Equal(0, Assert.Single(request.Schedule).ShareBasisPoints);
    }

    [Theory]
    [InlineData("33,333", SharePercent.TooManyDecimals)]
    [InlineData("douze", SharePercent.NotAPercentage)]
    public void An_unreadable_share_is_the_form_s_own_error_and_sends_a_stand_in_the_platform_refuses(string typed, string message)
    {
        var errors = new FormErrors();

        var request = Form(Line(null), Line(typed, TrancheTrigger.AtCommitment)).ToRequest("grant", errors);

        var entry = Assert.Single(errors.Summary);
        Assert.Equal(("Form_Part_1", "Part de la tranche 2", message), (entry.Input, entry.Label, entry.Message));
        Assert.Equal(CommitForm.StandIn, Assert.Single(request.Schedule).ShareBasisPoints);
        Assert.True(CommitForm.StandIn <= 0);
    }

    [Fact]
    public void The_platform_s_schedule_entries_land_on_the_lines_they_were_sent_from()
    {
        var fields = CommitForm.Fields([1, 3]);

        Assert.Equal(
        [
            ("Form_Part_1", "schedule[0].shareBasisPoints", "Part de la tranche 2"),
            ("Form_Declenchement_1", "schedule[0].trigger", "Versement de la tranche 2"),
            ("Form_Jalon_1", "schedule[0].milestone", "Jalon de la tranche 2"),
            ("Form_Part_3", "schedule[1].shareBasisPoints", "Part de la tranche 4"),
            ("Form_Declenchement_3", "schedule[1].trigger", "Versement de la tranche 4"),
            ("Form_Jalon_3", "schedule[1].milestone", "Jalon de la tranche 4"),
        ], fields.Select(f => (f.Input, f.Path, f.Label)));
    }

    [Fact]
    public void A_total_other_than_100_lands_on_the_first_share_sent_and_a_missing_milestone_on_its_line()
    {
        var errors = CommitForm.Refusal(ScheduleRefused, [1, 2], new FormErrors());

        Assert.Equal(
        [
            ("Form_Part_1", "Part de la tranche 2", "Les tranches doivent totaliser 100 % de la dotation (ici 90,00 %)."),
            ("Form_Jalon_2", "Jalon de la tranche 3", "Ce champ est obligatoire."),
        ], errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void The_platform_s_word_on_a_stand_in_and_on_the_total_is_left_out_and_its_other_problems_kept()
    {
        var local = new FormErrors();
        var form = Form(Line("douze", TrancheTrigger.AtCommitment), Line("50"));
        form.ToRequest("grant", local);

        var errors = CommitForm.Refusal(StandInRefused, form.SentLines, local);

        Assert.Equal(
        [
            ("Form_Part_0", SharePercent.NotAPercentage),
            ("Form_Declenchement_1", "Valeur inconnue."),
        ], errors.Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void A_refusal_naming_no_field_is_said_once_on_the_form()
    {
        const string envelopeFull = """{"code":9,"message":"L'enveloppe de l'appel ne permet pas cet engagement.","details":[]}""";

        var errors = CommitForm.Refusal(envelopeFull, [0], new FormErrors());

        var entry = Assert.Single(errors.Summary);
        Assert.Equal((CommitForm.FormId, FormErrors.FormLabel, "L'enveloppe de l'appel ne permet pas cet engagement."), (entry.Input, entry.Label, entry.Message));
    }

    [Fact]
    public void The_page_always_shows_four_lines_the_typed_ones_first()
    {
        var shown = Form(Line("50", TrancheTrigger.Manual)).Shown;

        Assert.Equal(CommitForm.MaxLines, shown.Count);
        Assert.Equal(["50", null, null, null], shown.Select(l => l.Share));
        Assert.Equal(CommitForm.MaxLines, new CommitForm().Shown.Count);
    }

    [Fact]
    public void Lines_beyond_the_fourth_are_neither_shown_nor_sent()
    {
        var form = Form(Line("20"), Line("20"), Line("20"), Line("20"), Line("20"));

        Assert.Equal(CommitForm.MaxLines, form.Shown.Count);
        Assert.Equal([0, 1, 2, 3], form.SentLines);
    }
}
