using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class MilestoneFormsTests
{
    /// <summary>What Accompaniment answers to evidence with no text and a link that is not a web address.</summary>
    private const string EvidenceRefused = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
            {"field":"evidence.link","description":"Le lien doit être une adresse web complète commençant par http:// ou https://."}]}]}
        """;

    /// <summary>What it answers to a coach validating a milestone another coach already validated: a state, no field.</summary>
    private const string AlreadyValidated = """
        {"code":9,"message":"Seul un jalon remis peut être validé ; celui-ci est validé.","details":[
          {"@type":"type.googleapis.com/google.rpc.PreconditionFailure","violations":[
            {"type":"MILESTONE_STATE","subject":"milestone","description":"Seul un jalon remis peut être validé ; celui-ci est validé."}]}]}
        """;

    [Fact]
    public void Evidence_is_sent_trimmed_for_its_plan_and_milestone_and_empty_boxes_are_sent_empty()
    {
        var request = new EvidenceForm { Text = "  Trois permanences tenues. ", Link = " https://exemple.gouv.fr/cr " }.ToRequest("plan-1", "jalon-2");

        Assert.Equal(("plan-1", "jalon-2", "Trois permanences tenues.", "https://exemple.gouv.fr/cr"),
            (request.PlanId, request.MilestoneId, request.Evidence.Text, request.Evidence.Link));
        var empty = new EvidenceForm().ToRequest("plan-1", "jalon-2");
        Assert.Equal(("", ""), (empty.Evidence.Text, empty.Evidence.Link));
    }

    [Fact]
    public void The_platform_s_refusal_of_the_link_lands_on_the_link_and_in_the_summary()
    {
        var errors = FormErrors.FromRefusal(EvidenceRefused, EvidenceForm.Fields, "formulaire-justificatif");

        var entry = Assert.Single(errors.Summary);
        Assert.Equal(("Form_Link", "Lien vers un document ou une démonstration"), (entry.Input, entry.Label));
        Assert.Equal(["Le lien doit être une adresse web complète commençant par http:// ou https://."], errors.For("Form_Link"));
        Assert.Empty(errors.For("Form_Text"));
    }

    [Fact]
    public void Evidence_missing_altogether_is_said_at_the_text_the_first_thing_to_fill()
    {
        var errors = FormErrors.Map([new FieldProblem("evidence", "Joignez un texte ou un lien (http ou https) qui atteste le jalon."), new FieldProblem("evidence.text", "Trop long.")],
            EvidenceForm.Fields, "formulaire-justificatif", FormErrors.FormLabel);

        Assert.Equal([("Form_Text", "Joignez un texte ou un lien (http ou https) qui atteste le jalon."), ("Form_Text", "Trop long.")],
            errors.Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void A_return_is_sent_with_its_comment_trimmed_and_a_missing_comment_lands_on_the_comment()
    {
        var request = new MilestoneReturnForm { Comment = "  Il manque le compte rendu signé.\n" }.ToRequest("plan-1", "jalon-2");
        Assert.Equal(("plan-1", "jalon-2", "Il manque le compte rendu signé."), (request.PlanId, request.MilestoneId, request.Comment));
        Assert.Equal("", new MilestoneReturnForm().ToRequest("p", "m").Comment);

        var errors = FormErrors.Map([new FieldProblem("comment", "Ce champ est obligatoire.")], MilestoneReturnForm.Fields, "formulaire-renvoi", FormErrors.FormLabel);

        Assert.Equal([("Retour_Comment", "Ce qui manque au justificatif", "Ce champ est obligatoire.")], errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void A_state_refusal_names_no_field_and_is_said_once_on_the_form_that_was_sent()
    {
        var errors = FormErrors.FromRefusal(AlreadyValidated, [], "formulaire-validation");

        var entry = Assert.Single(errors.Summary);
        Assert.Equal(("formulaire-validation", "Seul un jalon remis peut être validé ; celui-ci est validé."), (entry.Input, entry.Message));
    }
}
