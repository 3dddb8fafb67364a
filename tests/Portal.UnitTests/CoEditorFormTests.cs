using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class CoEditorFormTests
{
    private static Dossier Team(params (string Name, string Email)[] members)
    {
        var dossier = new Dossier { Content = new DossierContent() };
        dossier.Content.TeamMembers.AddRange(members.Select(m => new TeamMember { Name = m.Name, Role = "Agent", Email = m.Email }));
        return dossier;
    }

    [Fact]
    public void Team_members_not_yet_co_editors_are_offered_by_their_email_whatever_its_case()
    {
        var dossier = Team(("Claire Martin", " Claire.Martin@example.gouv.fr "), ("Paul Durand", "paul.durand@example.gouv.fr"), ("Sans adresse", ""));
        dossier.CoEditorEmails.Add("paul.durand@example.gouv.fr");

        Assert.Equal([("Claire.Martin@example.gouv.fr", "Claire Martin (Claire.Martin@example.gouv.fr)")], CoEditorForm.Candidates(dossier));

        dossier.CoEditorEmails.Add("claire.martin@example.gouv.fr");
        Assert.Empty(CoEditorForm.Candidates(dossier));
        Assert.Empty(CoEditorForm.Candidates(new Dossier()));
    }

    [Fact]
    public void The_invitation_names_the_dossier_and_the_email_trimmed_and_the_platform_s_word_lands_on_the_choice()
    {
        var request = new CoEditorForm { Email = " claire.martin@example.gouv.fr " }.ToRequest("d-1");
        Assert.Equal(("d-1", "claire.martin@example.gouv.fr"), (request.DossierId, request.Email));
        Assert.Equal("", new CoEditorForm().ToRequest("d-1").Email);

        var errors = FormErrors.Map([new FieldProblem("email", "Seul un membre de l'équipe du dossier peut être invité.")], CoEditorForm.Fields,
            CoEditorForm.FormId, FormErrors.FormLabel);

        Assert.Equal([("CoEditor_Email", "Membre de l'équipe")], errors.Summary.Select(e => (e.Input, e.Label)));
    }

    [Fact]
    public void A_co_editor_refused_the_invitation_hears_why_on_the_form()
    {
        var errors = FormErrors.FromRefusal("""{"code":7,"message":"Seul le porteur du dossier peut inviter des co-éditeurs."}""", CoEditorForm.Fields, CoEditorForm.FormId);

        Assert.Equal([(CoEditorForm.FormId, "Seul le porteur du dossier peut inviter des co-éditeurs.")], errors.Summary.Select(e => (e.Input, e.Message)));
    }
}
