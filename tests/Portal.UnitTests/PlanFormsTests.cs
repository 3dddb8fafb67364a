using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

/// <summary>The plan page's forms: a coach adds a milestone (<see cref="MilestoneForm"/>), the team records a check-in (<see cref="CheckInForm"/>).</summary>
public sealed class PlanFormsTests
{
    private const string Plan = "0193a5b0-0000-7000-8000-0000000000a1";

    /// <summary>What Accompaniment answers (through the gateway) to a milestone with neither title nor day: both at once.</summary>
    private const string MilestoneRefused = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
            {"field":"due","description":"Ce champ est obligatoire."},
            {"field":"title","description":"Ce champ est obligatoire."}]}]}
        """;

    /// <summary>What it answers to a check-in without progress and with risks over 4 000 characters.</summary>
    private const string CheckInRefused = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
            {"field":"progress","description":"Ce champ est obligatoire."},
            {"field":"risks","description":"Ce champ dépasse 4000 caractères (4001)."},
            {"field":"help_needed","description":"Ce champ contient des caractères de contrôle non autorisés."}]}]}
        """;

    private const string PlanClosedMessage = "Ce plan d'accompagnement est clos depuis le 2 mars 2027 (sélection retirée) : il ne peut plus être modifié.";

    /// <summary>What it answers to any change of a plan the jury's withdrawn selection closed: a state, no field.</summary>
    private const string PlanClosed = """
        {"code":9,"message":"Ce plan d'accompagnement est clos depuis le 2 mars 2027 (sélection retirée) : il ne peut plus être modifié.","details":[
          {"@type":"type.googleapis.com/google.rpc.PreconditionFailure","violations":[
            {"type":"PLAN_CLOSED","subject":"plan","description":"Ce plan d'accompagnement est clos depuis le 2 mars 2027 (sélection retirée) : il ne peut plus être modifié."}]}]}
        """;

    [Fact]
    public void A_milestone_is_sent_for_its_plan_with_its_title_trimmed_and_its_paris_day()
    {
        var local = new FormErrors();

        var request = new MilestoneForm { Title = "  Premier atelier avec les usagers ", Due = "2027-03-29" }.ToRequest(Plan, local);

        Assert.False(local.Any);
        Assert.Equal((Plan, "Premier atelier avec les usagers"), (request.PlanId, request.Title));
        Assert.Equal((2027, 3, 29), (request.Due.Year, request.Due.Month, request.Due.Day));
    }

    [Theory]
    [InlineData("29/03/2027", 2027, 3, 29)]
    [InlineData("1/1/2027", 2027, 1, 1)]
    [InlineData("2028-02-29", 2028, 2, 29)]
    [InlineData("31/12/2027", 2027, 12, 31)]
    public void The_due_day_is_read_as_browsers_send_it_and_as_people_type_it(string typed, int year, int month, int day)
    {
        var request = new MilestoneForm { Title = "Atelier", Due = typed }.ToRequest(Plan, new FormErrors());

        Assert.Equal((year, month, day), (request.Due.Year, request.Due.Month, request.Due.Day));
    }

    [Theory]
    [InlineData("2027-02-29")]
    [InlineData("32/01/2027")]
    [InlineData("2027-13-01")]
    [InlineData("demain")]
    public void A_day_it_cannot_read_is_its_own_error_at_the_day_and_the_milestone_goes_without_one(string typed)
    {
        var local = new FormErrors();

        var request = new MilestoneForm { Title = "Atelier", Due = typed }.ToRequest(Plan, local);

        Assert.Null(request.Due);
        Assert.Equal([("Jalon_Due", "Échéance", ParisInput.BadDate)], local.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void Nothing_typed_is_sent_as_nothing_for_the_platform_to_name_both_fields()
    {
        var local = new FormErrors();

        var request = new MilestoneForm { Title = "   ", Due = " " }.ToRequest(Plan, local);

        Assert.False(local.Any);
        Assert.Equal(("", (Google.Type.Date?)null), (request.Title, request.Due));
    }

    [Fact]
    public void Both_fields_the_platform_refuses_land_on_their_inputs_in_the_form_s_order()
    {
        var errors = MilestoneForm.Refusal(MilestoneRefused, new FormErrors());

        Assert.Equal([("Jalon_Title", "Intitulé du jalon", "Ce champ est obligatoire."), ("Jalon_Due", "Échéance", "Ce champ est obligatoire.")],
            errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void A_day_it_cannot_read_stands_alone_at_the_day_and_the_platform_s_word_on_the_title_joins_it()
    {
        var local = new FormErrors();
        new MilestoneForm { Due = "hier" }.ToRequest(Plan, local);

        var errors = MilestoneForm.Refusal(MilestoneRefused, local);

        Assert.Equal([("Jalon_Title", "Ce champ est obligatoire."), ("Jalon_Due", ParisInput.BadDate)], errors.Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void A_title_too_long_and_a_day_before_the_plan_s_first_are_the_platform_s_words_at_each_input()
    {
        var errors = MilestoneForm.Refusal("""
            {"details":[{"fieldViolations":[
              {"field":"title","description":"Ce champ dépasse 200 caractères (201)."},
              {"field":"due","description":"L'échéance (1 mars 2026) précède le début de l'accompagnement (2 mars 2026)."}]}]}
            """, new FormErrors());

        Assert.Equal(["Ce champ dépasse 200 caractères (201)."], errors.For("Jalon_Title"));
        Assert.Equal(["L'échéance (1 mars 2026) précède le début de l'accompagnement (2 mars 2026)."], errors.For("Jalon_Due"));
    }

    [Fact]
    public void A_plan_no_longer_running_is_said_once_on_the_milestone_form()
    {
        var errors = MilestoneForm.Refusal(PlanClosed, new FormErrors());

        Assert.Equal([(MilestoneForm.FormId, FormErrors.FormLabel, PlanClosedMessage)], errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void A_check_in_is_sent_for_its_plan_with_its_texts_trimmed_and_empty_ones_empty()
    {
        var request = new CheckInForm { Progress = " Deux ateliers tenus.\n", Risks = "  Un partenaire hésite. ", HelpNeeded = null }.ToRequest(Plan);

        Assert.Equal((Plan, "Deux ateliers tenus.", "Un partenaire hésite.", ""), (request.PlanId, request.Progress, request.Risks, request.HelpNeeded));
        var empty = new CheckInForm().ToRequest(Plan);
        Assert.Equal(("", "", ""), (empty.Progress, empty.Risks, empty.HelpNeeded));
    }

    [Fact]
    public void A_long_text_is_sent_whole_for_the_platform_to_measure()
    {
        var progress = new string('a', 4_001);

        Assert.Equal(4_001, new CheckInForm { Progress = progress }.ToRequest(Plan).Progress.Length);
    }

    [Fact]
    public void Every_text_the_platform_refuses_lands_on_its_input_in_the_form_s_order()
    {
        var errors = CheckInForm.Refusal(CheckInRefused);

        Assert.Equal(
        [
            ("PointEtape_Progress", "Avancement depuis le dernier point d'étape", "Ce champ est obligatoire."),
            ("PointEtape_Risks", "Risques", "Ce champ dépasse 4000 caractères (4001)."),
            ("PointEtape_HelpNeeded", "Aide souhaitée", "Ce champ contient des caractères de contrôle non autorisés."),
        ], errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void A_plan_no_longer_running_is_said_once_on_the_check_in_form()
    {
        var entry = Assert.Single(CheckInForm.Refusal(PlanClosed).Summary);

        Assert.Equal((CheckInForm.FormId, PlanClosedMessage), (entry.Input, entry.Message));
    }
}
