using Defis.Contracts.Jury.V1;
using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

/// <summary>The forms staff set a panel up with: what they send, and where the platform's refusals are said.</summary>
public sealed class PanelFormsTests
{
    private const string PanelId = "0190f3a0-0000-7000-8000-000000000001";

    [Fact]
    public void A_member_is_sent_as_typed_its_texts_trimmed()
    {
        var form = new PanelMemberForm
        {
            UserId = " demo-jure-1 ", DisplayName = " Jeanne Martin ", Organisation = " Cour des comptes ", Kind = MemberKind.PublicAgent, Role = PanelRole.President,
        };

        var member = form.ToMember();

        Assert.Equal(("demo-jure-1", "Jeanne Martin", "Cour des comptes", MemberKind.PublicAgent, PanelRole.President),
            (member.UserId, member.DisplayName, member.Organisation, member.Kind, member.Role));
    }

    [Fact]
    public void The_platform_s_words_on_a_member_go_to_their_inputs_in_the_form_s_order()
    {
        const string refused = """
            {"code":3,"message":"Requête invalide.","details":[
              {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
                {"field":"member.role","description":"Valeur inconnue : 0."},
                {"field":"member.user_id","description":"Ce champ est obligatoire."}]}]}
            """;

        var errors = PanelMemberForm.Refusal(refused, alreadyMember: false);

        Assert.Equal([("Membre_UserId", "Identifiant du compte", "Ce champ est obligatoire."), ("Membre_Role", "Rôle dans le jury", "Valeur inconnue : 0.")],
            errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void Someone_already_on_the_panel_is_said_at_the_account_and_a_second_president_at_the_role()
    {
        const string member = """{"code":6,"message":"Le juré 'demo-jure-1' est déjà membre de ce jury."}""";
        const string president = """
            {"code":9,"message":"Ce jury a déjà un président (Jeanne Martin) : changez d'abord son rôle.","details":[
              {"@type":"type.googleapis.com/google.rpc.PreconditionFailure","violations":[{"type":"PANEL_HAS_PRESIDENT","subject":"x","description":"Ce jury a déjà un président (Jeanne Martin) : changez d'abord son rôle."}]}]}
            """;

        var twice = PanelMemberForm.Refusal(member, alreadyMember: true);
        var second = PanelMemberForm.Refusal(president, alreadyMember: false);

        Assert.Equal([("Membre_UserId", "Le juré 'demo-jure-1' est déjà membre de ce jury.")], twice.Summary.Select(e => (e.Input, e.Message)));
        Assert.Equal([("Membre_Role", "Ce jury a déjà un président (Jeanne Martin) : changez d'abord son rôle.")], second.Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void A_phase_that_already_has_its_panel_is_said_at_the_phase()
    {
        const string duplicate = """{"code":6,"message":"L'appel CB21 a déjà un jury pour la phase expérimentation."}""";
        const string unknown = """{"code":9,"message":"L'appel CB21 n'est pas (encore) publié : son jury ne peut pas être constitué."}""";

        var twice = PanelForm.Refusal(duplicate, alreadyExists: true);
        var early = PanelForm.Refusal(unknown, alreadyExists: false);

        Assert.Equal([("Jury_Phase", "Phase", "L'appel CB21 a déjà un jury pour la phase expérimentation.")], twice.Summary.Select(e => (e.Input, e.Label, e.Message)));
        Assert.Equal([(PanelForm.FormId, "L'appel CB21 n'est pas (encore) publié : son jury ne peut pas être constitué.")], early.Summary.Select(e => (e.Input, e.Message)));
        Assert.Equal(Phase.Experimentation, new PanelForm { Phase = Phase.Experimentation }.ToRequest("CB21").Phase);
    }

    [Fact]
    public void A_grid_without_criteria_is_said_at_the_choice_of_grid()
    {
        const string refused = """
            {"code":3,"message":"Requête invalide.","details":[
              {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"criteria","description":"Une grille contient au moins un critère."}]}]}
            """;

        var errors = new GridForm().Refusal(refused, new FormErrors());

        Assert.Equal([("Grille_DefaultGrid", "Grille de départ", "Une grille contient au moins un critère.")], errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
        Assert.Equal((PanelId, DefaultGrid.CoConstruction2021, 0),
            (new GridForm { DefaultGrid = DefaultGrid.CoConstruction2021 }.ToRequest(PanelId, new FormErrors()) is var r ? (r.PanelId, r.DefaultGrid, r.Criteria.Count) : default));
    }

    [Theory]
    [InlineData("2", " 10 ", 2, 10)]
    [InlineData("1 000", "02", 1000, 2)]
    [InlineData("0", "\u22121", 0, -1)]
    public void Whole_numbers_are_sent_as_typed_the_range_being_the_platform_s(string reviewers, string maximum, int sentReviewers, int sentMaximum)
    {
        var local = new FormErrors();

        var request = new AssignmentPolicyForm { ReviewersPerDossier = reviewers, MaxPerJuror = maximum }.ToRequest(PanelId, local);

        Assert.False(local.Any);
        Assert.Equal((PanelId, sentReviewers, sentMaximum), (request.PanelId, request.ReviewersPerDossier, request.MaxPerJuror));
    }

    [Theory]
    [InlineData("deux", AssignmentPolicyForm.BadReviewers)]
    [InlineData("2,5", AssignmentPolicyForm.BadReviewers)]
    [InlineData("99999999999", AssignmentPolicyForm.BadReviewers)]
    [InlineData("  ", AssignmentPolicyForm.NoReviewers)]
    public void A_number_it_cannot_read_is_the_form_s_own_problem_and_a_stand_in_the_platform_refuses_is_sent(string typed, string message)
    {
        var local = new FormErrors();

        var request = new AssignmentPolicyForm { ReviewersPerDossier = typed, MaxPerJuror = "2" }.ToRequest(PanelId, local);

        Assert.Equal(AssignmentPolicyForm.StandIn, request.ReviewersPerDossier);
        Assert.True(request.ReviewersPerDossier < 1);
        Assert.Equal([("Affectation_ReviewersPerDossier", "Rapporteurs par dossier", message)], local.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void The_platform_s_word_on_the_stand_in_is_left_out_and_its_others_kept_in_the_form_s_order()
    {
        const string refused = """
            {"code":3,"message":"Requête invalide.","details":[
              {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
                {"field":"reviewers_per_dossier","description":"Le nombre de rapporteurs par dossier doit être compris entre 1 et 5 (reçu : 0)."},
                {"field":"max_per_juror","description":"Le nombre maximal de dossiers par juré doit être au moins 1 (reçu : 0)."}]}]}
            """;
        var local = new FormErrors();
        new AssignmentPolicyForm { ReviewersPerDossier = "deux", MaxPerJuror = "0" }.ToRequest(PanelId, local);

        var errors = AssignmentPolicyForm.Refusal(refused, local);

        Assert.Equal(
            [
                ("Affectation_ReviewersPerDossier", AssignmentPolicyForm.BadReviewers),
                ("Affectation_MaxPerJuror", "Le nombre maximal de dossiers par juré doit être au moins 1 (reçu : 0)."),
            ],
            errors.Summary.Select(e => (e.Input, e.Message)));
    }
}
