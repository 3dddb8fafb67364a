using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

/// <summary>A dossier as it goes into a person's data (decision 0030): theirs only, their role, and no one else's identity.</summary>
public sealed class PersonalDossierTests
{
    private static readonly Programme Call = TestData.Call2021;
    private static readonly DateTimeOffset Now = TestData.During2021Call;
    private static readonly Actor CoEditor = Actor.Applicant("claire-martin", "Claire.Martin@ac-lyon.fr");

    private static Dossier Invited()
    {
        var dossier = TestData.Draft();
        dossier.Edit(TestData.Lead, TestData.Complete2021(), Call, Now);
        dossier.InviteCoEditor(TestData.Lead, "claire.martin@ac-lyon.fr", Call, Now);
        dossier.Submit(TestData.Lead, Call, Now.AddMinutes(1), "CB21-0001");
        dossier.StartReview(TestData.Staff, Now.AddDays(1));
        return dossier;
    }

    [Fact]
    public void The_lead_finds_the_dossier_as_lead_with_the_invitations_they_sent_and_their_own_changes()
    {
        var copy = PersonalDossier.Of(Invited(), TestData.Lead)!;

        Assert.Equal(DossierRole.Lead, copy.YourRole);
        Assert.Equal(["claire.martin@ac-lyon.fr"], copy.InvitedCoEditors);
        Assert.Equal([true, true, false], copy.History.Select(change => change.ByYou));
        Assert.Equal(DossierStatus.UnderReview, copy.History[^1].To);
        Assert.Null(CoEditorInvitation.Of(copy, TestData.Lead));
    }

    [Fact]
    public void An_invited_team_member_finds_it_as_co_editor_with_their_invitation_and_not_the_leads_list()
    {
        var copy = PersonalDossier.Of(Invited(), CoEditor)!;

        Assert.Equal(DossierRole.CoEditor, copy.YourRole);
        Assert.Empty(copy.InvitedCoEditors);
        Assert.All(copy.History, change => Assert.False(change.ByYou));
        Assert.Equal(new CoEditorInvitation(copy.Id, "CB21-0001", "Accueillir les parents allophones à l'école", "claire.martin@ac-lyon.fr"),
            CoEditorInvitation.Of(copy, CoEditor));
    }

    [Fact]
    public void Someone_outside_the_team_gets_nothing_not_even_staff()
    {
        Assert.Null(PersonalDossier.Of(Invited(), Actor.Applicant("agent-lille", "agent-lille@example.gouv.fr")));
        Assert.Null(PersonalDossier.Of(Invited(), TestData.Staff));
    }
}
