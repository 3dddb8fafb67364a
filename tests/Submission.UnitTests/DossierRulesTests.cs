using Defis.SharedKernel.Errors;
using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

/// <summary>Who may change a dossier, in which status, against which call, and what each change records.</summary>
public sealed class DossierRulesTests
{
    private readonly Programme _call = TestData.Call2021;
    private readonly DateTimeOffset _now = TestData.During2021Call;

    private Dossier Filled(DossierContent? content = null)
    {
        var dossier = TestData.Draft();
        dossier.Edit(TestData.Lead, content ?? TestData.Complete2021(), _call, _now);
        return dossier;
    }

    private Dossier Submitted()
    {
        var dossier = Filled();
        dossier.Submit(TestData.Lead, _call, _now.AddMinutes(1), "CB21-0001");
        return dossier;
    }

    private static Programme OtherCall => TestData.Published(ReferenceProgrammes.CoConstruction2021 with { Code = "CB22" });

    [Fact]
    public void Every_change_raises_the_version_by_one_and_a_repeated_invitation_does_not()
    {
        var dossier = TestData.Draft();
        var start = dossier.Version;
        var team = TestData.Complete2021().Details.Team;
        var content = TestData.Complete2021() with
        {
            Details = TestData.Complete2021().Details with { Team = [team[0], new TeamMember("Paul Durand", "Designer", "paul.durand@ac-lyon.fr", true)] },
        };

        dossier.Edit(TestData.Lead, content, _call, _now);
        Assert.Equal(start + 1, dossier.Version);
        dossier.InviteCoEditor(TestData.Lead, " Paul.Durand@ac-lyon.fr ", _call, _now);
        Assert.Equal(start + 2, dossier.Version);
        dossier.InviteCoEditor(TestData.Lead, "paul.durand@ac-lyon.fr", _call, _now);
        Assert.Equal(start + 2, dossier.Version);
        dossier.Submit(TestData.Lead, _call, _now, "CB21-0001");
        Assert.Equal(start + 3, dossier.Version);
    }

    [Fact]
    public void Malformed_content_is_refused_and_nothing_changes()
    {
        var dossier = Filled();
        var version = dossier.Version;

        Assert.Throws<RequestValidationException>(() => dossier.Edit(TestData.Lead, TestData.Complete2021() with { Title = " " }, _call, _now));

        Assert.Equal(version, dossier.Version);
        Assert.Equal("Accueillir les parents allophones à l'école", dossier.Title);
    }

    [Theory]
    [InlineData("13002526500013", "13002526500013")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_blank_siret_is_kept_as_none(string? siret, string? kept)
    {
        var content = TestData.Complete2021() with { Lead = TestData.Complete2021().Lead with { Siret = siret } };

        Assert.Equal(kept, Filled(content).LeadStructureSiret);
    }

    [Fact]
    public void Only_team_members_of_an_editable_dossier_are_invited()
    {
        var dossier = Filled();

        Assert.Equal("email", Assert.Single(Assert.Throws<RequestValidationException>(() =>
            dossier.InviteCoEditor(TestData.Lead, "someone@else.fr", _call, _now)).Violations).Field);
        dossier.Submit(TestData.Lead, _call, _now, "CB21-0001");
        Assert.Equal("DOSSIER_STATUS", Assert.Throws<PreconditionFailedException>(() =>
            dossier.InviteCoEditor(TestData.Lead, "claire.martin@ac-lyon.fr", _call, _now)).Violations[0].Type);
        Assert.Empty(dossier.CoEditorEmails);
    }

    [Fact]
    public void A_dossier_refuses_another_call()
    {
        var dossier = Filled();

        Assert.Throws<ArgumentException>(() => dossier.Edit(TestData.Lead, TestData.Complete2021(), OtherCall, _now));
        Assert.Throws<ArgumentException>(() => dossier.TakeDueReminder(OtherCall, _now));
        var submitted = Submitted();
        submitted.ReturnForCorrection(TestData.Staff, ["Budget"], _now.AddDays(7), _now);
        Assert.Throws<ArgumentException>(() => submitted.Submit(TestData.Lead, OtherCall, _now.AddDays(1), null));
    }

    [Fact]
    public void Only_staff_instruct_and_decide_and_only_in_the_right_status()
    {
        var draft = Filled();
        var submitted = Submitted();

        Assert.Throws<PermissionDeniedException>(() => submitted.StartReview(TestData.Lead, _now));
        Assert.Equal("DOSSIER_STATUS", Assert.Throws<PreconditionFailedException>(() => draft.StartReview(TestData.Staff, _now)).Violations[0].Type);
        Assert.Equal("DOSSIER_STATUS", Assert.Throws<PreconditionFailedException>(() => draft.ReturnForCorrection(TestData.Staff, ["x"], null, _now)).Violations[0].Type);
        Assert.Equal("DOSSIER_STATUS", Assert.Throws<PreconditionFailedException>(() => submitted.Decide(TestData.Staff, Phase.Incubation, null, _now)).Violations[0].Type);
        submitted.StartReview(TestData.Staff, _now);
        Assert.Throws<PermissionDeniedException>(() => submitted.Decide(TestData.Lead, Phase.Incubation, null, _now));
        Assert.Equal(DossierStatus.UnderReview, submitted.Status);
        Assert.Contains("statut Draft", Assert.Throws<PreconditionFailedException>(() => draft.StartReview(TestData.Staff, _now)).Message);
    }

    [Fact]
    public void A_return_needs_every_reason_filled_and_each_within_the_limit()
    {
        var dossier = Submitted();

        var blank = Assert.Throws<RequestValidationException>(() => dossier.ReturnForCorrection(TestData.Staff, ["Budget", " "], null, _now));
        var tooLong = Assert.Throws<RequestValidationException>(() =>
            dossier.ReturnForCorrection(TestData.Staff, [new string('r', DossierLimits.Reason + 1)], null, _now));

        Assert.Equal("reasons", Assert.Single(blank.Violations).Field);
        Assert.Equal("reasons[0]", Assert.Single(tooLong.Violations).Field);
        Assert.Equal(DossierStatus.Submitted, dossier.Status);
    }

    [Fact]
    public void A_correction_deadline_must_be_at_least_one_second_ahead()
    {
        var dossier = Submitted();

        Assert.Throws<RequestValidationException>(() => dossier.ReturnForCorrection(TestData.Staff, ["Budget"], _now, _now));
        dossier.ReturnForCorrection(TestData.Staff, ["Budget"], _now.AddSeconds(1), _now);

        Assert.Equal(_now.AddSeconds(1), dossier.Correction!.Deadline);
    }

    [Fact]
    public void A_correction_may_be_filed_at_the_deadline_itself()
    {
        var dossier = Submitted();
        var deadline = _now.AddDays(7);
        dossier.ReturnForCorrection(TestData.Staff, ["Budget"], deadline, _now);

        dossier.Edit(TestData.Lead, TestData.Complete2021(), _call, deadline);
        dossier.Submit(TestData.Lead, _call, deadline, null);

        Assert.Equal(DossierStatus.Resubmitted, dossier.Status);
    }

    [Fact]
    public void Taking_back_the_only_selection_leaves_the_dossier_not_selected_even_after_later_decisions()
    {
        var dossier = Submitted();
        dossier.RecordJuryDecision(Phase.Exploration, selected: true, "president", _now.AddDays(30));
        dossier.RecordJuryDecision(Phase.Incubation, selected: false, "president", _now.AddDays(60));

        Assert.True(dossier.RecordJuryCorrection(Phase.Exploration, selected: false, "president", _now.AddDays(70)));

        Assert.Null(dossier.SelectedPhase);
        Assert.Equal(DossierStatus.NotSelected, dossier.Status);
        Assert.Equal("Décision corrigée : non retenu pour la phase « exploration ».", dossier.History[^1].Reason);
    }

    [Fact]
    public void A_first_submission_without_a_reference_is_a_programming_error()
    {
        var dossier = Filled();

        Assert.True(dossier.NeedsReference);
        Assert.Throws<ArgumentNullException>(() => dossier.Submit(TestData.Lead, _call, _now, null));
        dossier.Submit(TestData.Lead, _call, _now, "CB21-0001");
        Assert.False(dossier.NeedsReference);
    }
}
