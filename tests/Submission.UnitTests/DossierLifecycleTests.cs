using Defis.SharedKernel.Errors;
using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

public sealed class DossierLifecycleTests
{
    private readonly Programme _call = TestData.Call2021;
    private readonly DateTimeOffset _now = TestData.During2021Call;

    private Dossier Filled()
    {
        var dossier = TestData.Draft();
        dossier.Edit(TestData.Lead, TestData.Complete2021(), _call, _now);
        return dossier;
    }

    private Dossier Submitted()
    {
        var dossier = Filled();
        dossier.Submit(TestData.Lead, _call, _now.AddMinutes(1), "CB21-0001");
        return dossier;
    }

    [Fact]
    public void Draft_to_submitted_keeps_the_reference_and_every_transition()
    {
        var dossier = Submitted();

        Assert.Equal(DossierStatus.Submitted, dossier.Status);
        Assert.Equal("CB21-0001", dossier.Reference);
        Assert.Equal([(null, DossierStatus.Draft), (DossierStatus.Draft, DossierStatus.Submitted)],
            dossier.History.Select(h => (h.From, h.To)));
        Assert.All(dossier.History, h => Assert.Equal("agent-lyon", h.By));
        Assert.Equal(["D:69"], dossier.TerritoryKeys);
    }

    [Fact]
    public void Submitting_one_second_after_closing_is_a_failed_precondition_naming_the_deadline()
    {
        var dossier = Filled();

        var error = Assert.Throws<PreconditionFailedException>(() => dossier.Submit(TestData.Lead, _call, _call.ClosesAt.AddSeconds(1), "CB21-0001"));

        Assert.Contains("vendredi 15 octobre 2021 à 23:59", error.Message);
        Assert.Equal(DossierStatus.Draft, dossier.Status);
        dossier.Submit(TestData.Lead, _call, _call.ClosesAt, "CB21-0001");
    }

    [Fact]
    public void An_incomplete_dossier_is_refused_with_every_field_and_stays_a_draft()
    {
        var dossier = TestData.Draft();

        var error = Assert.Throws<RequestValidationException>(() => dossier.Submit(TestData.Lead, _call, _now, "CB21-0001"));

        Assert.True(error.Violations.Count > 5);
        Assert.Equal(DossierStatus.Draft, dossier.Status);
        Assert.Null(dossier.Reference);
    }

    [Fact]
    public void Edits_stop_at_submission_and_at_the_closing_time()
    {
        var dossier = Filled();
        Assert.Throws<PreconditionFailedException>(() => dossier.Edit(TestData.Lead, TestData.Complete2021(), _call, _call.ClosesAt.AddSeconds(1)));

        dossier.Submit(TestData.Lead, _call, _now, "CB21-0001");

        Assert.Throws<PreconditionFailedException>(() => dossier.Edit(TestData.Lead, TestData.Complete2021(), _call, _now));
    }

    [Fact]
    public void Returned_for_correction_then_resubmitted_within_the_deadline_even_after_the_call_closed()
    {
        var dossier = Submitted();
        var afterClosing = _call.ClosesAt.AddDays(2);
        dossier.ReturnForCorrection(TestData.Staff, ["Le budget ne détaille pas la formation."], afterClosing.AddDays(7), afterClosing);

        dossier.Edit(TestData.Lead, TestData.Complete2021(), _call, afterClosing.AddDays(1));
        dossier.Submit(TestData.Lead, _call, afterClosing.AddDays(2), null);

        Assert.Equal(DossierStatus.Resubmitted, dossier.Status);
        Assert.Equal("CB21-0001", dossier.Reference);
        Assert.Equal("Le budget ne détaille pas la formation.", dossier.History.Single(h => h.To == DossierStatus.ReturnedForCorrection).Reason);
        Assert.Null(dossier.Correction);
    }

    [Fact]
    public void Past_the_correction_deadline_the_dossier_can_no_longer_be_corrected()
    {
        var dossier = Submitted();
        var deadline = _now.AddDays(7);
        dossier.ReturnForCorrection(TestData.Staff, ["Acte de candidature illisible."], deadline, _now.AddDays(1));

        var error = Assert.Throws<PreconditionFailedException>(() => dossier.Submit(TestData.Lead, _call, deadline.AddSeconds(1), null));

        Assert.Equal("CORRECTION_DEADLINE_PASSED", error.Violations[0].Type);
    }

    [Fact]
    public void A_return_needs_a_reason_and_a_future_deadline_and_staff()
    {
        var dossier = Submitted();

        var error = Assert.Throws<RequestValidationException>(() => dossier.ReturnForCorrection(TestData.Staff, [" "], _now, _now));
        Assert.Equal(["correction_deadline", "reasons"], error.Violations.Select(v => v.Field).Order());
        Assert.Throws<PermissionDeniedException>(() => dossier.ReturnForCorrection(TestData.Lead, ["x"], null, _now));
    }

    [Fact]
    public void Review_then_selection_for_a_phase()
    {
        var dossier = Submitted();
        dossier.StartReview(TestData.Staff, _now.AddDays(1));
        dossier.Decide(TestData.Staff, Phase.Experimentation, "Impact fort, équipe solide.", _now.AddDays(10));

        Assert.Equal(DossierStatus.Selected, dossier.Status);
        Assert.Equal(Phase.Experimentation, dossier.SelectedPhase);
        Assert.Throws<PreconditionFailedException>(() => dossier.Withdraw(TestData.Lead, null, _now.AddDays(11)));
    }

    [Fact]
    public void Not_selected_only_from_review()
    {
        var dossier = Submitted();
        Assert.Throws<PreconditionFailedException>(() => dossier.Decide(TestData.Staff, null, null, _now));

        dossier.StartReview(TestData.Staff, _now);
        dossier.Decide(TestData.Staff, null, "Hors périmètre.", _now);

        Assert.Equal(DossierStatus.NotSelected, dossier.Status);
    }

    [Fact]
    public void The_lead_withdraws_before_a_decision_with_a_reason_kept()
    {
        var dossier = Submitted();

        dossier.Withdraw(TestData.Lead, "L'équipe rejoint un autre projet.", _now.AddDays(1));

        Assert.Equal(DossierStatus.Withdrawn, dossier.Status);
        Assert.Equal((DossierStatus.Submitted, "L'équipe rejoint un autre projet."), (dossier.History[^1].From, dossier.History[^1].Reason));
    }

    [Fact]
    public void Co_editors_edit_but_only_the_lead_submits_and_withdraws()
    {
        var dossier = Filled();
        var coEditor = Actor.Applicant("agent-claire", "Claire.Martin@ac-lyon.fr");
        Assert.Throws<NotFoundException>(() => dossier.Edit(coEditor, TestData.Complete2021(), _call, _now));

        dossier.InviteCoEditor(TestData.Lead, "claire.martin@ac-lyon.fr", _call, _now);
        dossier.Edit(coEditor, TestData.Complete2021(), _call, _now);

        Assert.True(dossier.IsVisibleTo(coEditor));
        Assert.Throws<PermissionDeniedException>(() => dossier.Submit(coEditor, _call, _now, "CB21-0001"));
        Assert.Throws<PermissionDeniedException>(() => dossier.Withdraw(coEditor, null, _now));
        Assert.Throws<PermissionDeniedException>(() => dossier.InviteCoEditor(coEditor, "lead@ac-lyon.fr", _call, _now));
    }

    [Fact]
    public void Only_team_members_are_invited()
    {
        var dossier = Filled();

        var error = Assert.Throws<RequestValidationException>(() => dossier.InviteCoEditor(TestData.Lead, "inconnu@example.fr", _call, _now));

        Assert.Equal("email", error.Violations[0].Field);
    }

    [Fact]
    public void Someone_else_sees_nothing_and_staff_see_everything()
    {
        var dossier = Filled();
        var stranger = Actor.Applicant("agent-lille", "x@lille.fr");

        Assert.False(dossier.IsVisibleTo(stranger));
        Assert.True(dossier.IsVisibleTo(TestData.Staff));
        Assert.Throws<NotFoundException>(() => dossier.Submit(stranger, _call, _now, "CB21-0001"));
        Assert.Throws<NotFoundException>(() => dossier.Withdraw(stranger, null, _now));
        Assert.Throws<PermissionDeniedException>(() => dossier.Edit(TestData.Staff, TestData.Complete2021(), _call, _now));
    }
}
