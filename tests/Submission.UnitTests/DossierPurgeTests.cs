using Defis.SharedKernel.Errors;
using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

/// <summary>What a purge removes and keeps, and what a purged dossier refuses (decision 0032).</summary>
public sealed class DossierPurgeTests
{
    private static readonly DateTimeOffset Later = TestData.During2021Call.AddYears(3);

    /// <summary>Filed as CB21-0007, with Claire Martin of the team invited to co-edit it.</summary>
    private static Dossier FiledWithCoEditor()
    {
        var dossier = TestData.Draft();
        dossier.Edit(TestData.Lead, TestData.Complete2021(), TestData.Call2021, TestData.During2021Call);
        dossier.InviteCoEditor(TestData.Lead, "claire.martin@ac-lyon.fr", TestData.Call2021, TestData.During2021Call);
        dossier.Submit(TestData.Lead, TestData.Call2021, TestData.During2021Call, "CB21-0007");
        return dossier;
    }

    private static Dossier NotSelectedWithCoEditor()
    {
        var dossier = FiledWithCoEditor();
        dossier.StartReview(TestData.Staff, TestData.During2021Call.AddDays(40));
        dossier.Decide(TestData.Staff, null, "Hors du champ de l'appel.", TestData.During2021Call.AddDays(50));
        return dossier;
    }

    [Fact]
    public void A_purge_empties_the_content_and_the_team_and_keeps_what_counts_need()
    {
        var dossier = NotSelectedWithCoEditor();
        var before = (dossier.Id, dossier.Reference, dossier.ProgrammeCode, dossier.Status, dossier.CreatedAt, dossier.UpdatedAt, dossier.SubmittedAt);
        var budget = dossier.Details.Budget;
        var version = dossier.Version;

        Assert.True(dossier.Purge(DossierPurgeReason.Erasure, Later));
        Assert.Equal(version + 1, dossier.Version);

        Assert.Equal(before, (dossier.Id, dossier.Reference, dossier.ProgrammeCode, dossier.Status, dossier.CreatedAt, dossier.UpdatedAt, dossier.SubmittedAt));
        Assert.Equal((Dossier.PurgedTitle, "", null, "", "", DossierPurgeReason.Erasure, Later),
            (dossier.Title, dossier.LeadStructureName, dossier.LeadStructureSiret, dossier.ContactEmail, dossier.CreatedBy, dossier.PurgeReason, dossier.PurgedAt));
        Assert.Equal("Dossier supprimé", dossier.Title);
        Assert.Empty(dossier.CoEditorEmails);
        Assert.Equal((Narrative.Empty, 0, 0, (ActOfCandidacy?)null), (dossier.Details.Narrative, dossier.Details.Team.Count, dossier.Details.Partners.Count, dossier.Details.ActOfCandidacy));
        Assert.Equal((MaturityLevel.Tests, "D:69"), (dossier.Details.Maturity!.Value, dossier.Details.Territories.Single().Key));
        Assert.Equal((budget.RequestedCents, budget.TotalCents), (dossier.Details.Budget.RequestedCents, dossier.Details.Budget.TotalCents));
        Assert.All(dossier.Details.Budget.Lines, line => Assert.Equal(("", ""), (line.Label, line.ProviderName)));
        Assert.Equal(["FR", "BE"], dossier.Details.Budget.Lines.Select(l => l.ProviderCountry));
        Assert.All(dossier.History, change => Assert.Equal(("", null), (change.By, change.Reason)));
        Assert.Equal(DossierStatus.NotSelected, dossier.History[^1].To);
        Assert.Equal("Relation aux usagers", dossier.Theme);
    }

    [Fact]
    public void Purging_twice_changes_nothing_the_second_time()
    {
        var dossier = NotSelectedWithCoEditor();
        dossier.Purge(DossierPurgeReason.Retention, Later);
        var version = dossier.Version;

        Assert.False(dossier.Purge(DossierPurgeReason.Erasure, Later.AddDays(1)));
        Assert.Equal((version, Later, DossierPurgeReason.Retention), (dossier.Version, dossier.PurgedAt, dossier.PurgeReason));
    }

    [Theory]
    [InlineData(DossierStatus.Submitted, "Dossier en cours d'instruction")]
    [InlineData(DossierStatus.UnderReview, "Dossier en cours d'instruction")]
    [InlineData(DossierStatus.ReturnedForCorrection, "Dossier en cours d'instruction")]
    [InlineData(DossierStatus.Resubmitted, "Dossier en cours d'instruction")]
    [InlineData(DossierStatus.Selected, "Dossier financé : conservé au titre des comptes publics")]
    public void A_dossier_a_legal_duty_keeps_is_not_purged_and_says_why(DossierStatus status, string why)
    {
        var dossier = DossierRetentionTests.InState(status);

        Assert.Equal(why, dossier.KeptBecause);
        var refusal = Assert.Throws<PreconditionFailedException>(() => dossier.Purge(DossierPurgeReason.Erasure, Later));
        Assert.Equal(("DOSSIER_KEPT", why), (refusal.Violations.Single().Type, refusal.Message));
        Assert.False(dossier.IsPurged);
        Assert.NotEqual(Dossier.PurgedTitle, dossier.Title);
    }

    [Theory]
    [InlineData(DossierStatus.Draft)]
    [InlineData(DossierStatus.NotSelected)]
    [InlineData(DossierStatus.Withdrawn)]
    public void Nothing_keeps_a_draft_a_dossier_not_selected_or_withdrawn(DossierStatus status)
    {
        var dossier = DossierRetentionTests.InState(status);

        Assert.Null(dossier.KeptBecause);
        Assert.True(dossier.Purge(DossierPurgeReason.Erasure, Later));
    }

    [Fact]
    public void A_purged_dossier_has_no_team_any_more()
    {
        var dossier = NotSelectedWithCoEditor();
        var coEditor = Actor.Applicant("claire", "claire.martin@ac-lyon.fr");
        Assert.True(dossier.IsEditor(coEditor) && dossier.IsLead(TestData.Lead));

        dossier.Purge(DossierPurgeReason.Retention, Later);

        Assert.False(dossier.IsEditor(coEditor));
        Assert.False(dossier.IsLead(TestData.Lead));
        Assert.False(dossier.IsVisibleTo(TestData.Lead));
        Assert.True(dossier.IsVisibleTo(TestData.Staff));
        Assert.Null(PersonalDossier.Of(dossier, TestData.Lead));
    }

    [Fact]
    public void A_purged_draft_refuses_every_change()
    {
        var draft = TestData.Draft();
        draft.Purge(DossierPurgeReason.Erasure, TestData.During2021Call);
        var staffOnly = Actor.Staff("ditp-1");
        var now = TestData.During2021Call;

        Assert.Throws<NotFoundException>(() => draft.Edit(TestData.Lead, TestData.Complete2021(), TestData.Call2021, now));
        Assert.Throws<NotFoundException>(() => draft.Withdraw(TestData.Lead, null, now));
        var refusal = Assert.Throws<PreconditionFailedException>(() => draft.StartReview(staffOnly, now));
        Assert.Equal("Impossible de démarrer l'instruction : le dossier a été supprimé le lundi 20 septembre 2021 à 10:00 (conservation échue ou effacement demandé).",
            refusal.Message);
        Assert.Equal("DOSSIER_PURGED", refusal.Violations.Single().Type);
        Assert.Null(draft.TakeDueReminder(TestData.Call2021, new DateTimeOffset(2021, 10, 14, 10, 0, 0, TimeSpan.FromHours(2))));
        Assert.Null(draft.TakeExpiryWarning(now.AddMonths(3)));
        Assert.Null(draft.ExpireIfDue(now.AddMonths(6)));
    }

    [Fact]
    public void A_warned_draft_purged_before_it_lapses_no_longer_expires()
    {
        var draft = TestData.Draft();
        var kept = TestData.Draft();
        var lapses = DraftExpiry.LapsesAt(draft.UpdatedAt);
        draft.TakeExpiryWarning(lapses - DraftExpiry.Notice);
        kept.TakeExpiryWarning(lapses - DraftExpiry.Notice);

        draft.Purge(DossierPurgeReason.Erasure, lapses - TimeSpan.FromDays(1));

        Assert.Null(draft.ExpireIfDue(lapses));
        Assert.Equal(DossierStatus.Draft, draft.Status);
        Assert.NotNull(kept.ExpireIfDue(lapses));
    }

    [Fact]
    public void A_purged_dossier_not_selected_takes_no_jury_correction()
    {
        var dossier = NotSelectedWithCoEditor();
        Assert.True(DossierRetentionTests.InState(DossierStatus.NotSelected).RecordJuryCorrection(Phase.Experimentation, true, "jury", Later));

        dossier.Purge(DossierPurgeReason.Retention, Later);

        Assert.False(dossier.RecordJuryCorrection(Phase.Experimentation, true, "jury", Later));
        Assert.Equal(DossierStatus.NotSelected, dossier.Status);
    }

    [Fact]
    public void A_co_editor_who_asks_erasure_leaves_the_editors_of_a_dossier_that_is_kept()
    {
        var dossier = FiledWithCoEditor();
        var version = dossier.Version;

        Assert.False(dossier.ForgetCoEditor("autre@ac-lyon.fr"));
        Assert.Equal(version, dossier.Version);
        Assert.True(dossier.ForgetCoEditor(" Claire.Martin@ac-lyon.fr"));

        Assert.Empty(dossier.CoEditorEmails);
        Assert.Equal(version + 1, dossier.Version);
        Assert.Equal("Claire Martin", dossier.Details.Team.Single().Name);
        Assert.False(dossier.IsPurged);
    }

    [Fact]
    public void An_erasure_purges_the_lead_s_dossier_that_nothing_keeps()
    {
        var dossier = DossierRetentionTests.InState(DossierStatus.Withdrawn);

        var erasure = dossier.EraseFor(TestData.Lead, Later);

        Assert.Equal(new DossierErasure(dossier.Id, null, "CB21", Lead: true, Purged: true, null, CoEditorRemoved: false), erasure);
        Assert.Equal((Later, DossierPurgeReason.Erasure), (dossier.PurgedAt, dossier.PurgeReason));
        Assert.Null(dossier.EraseFor(TestData.Lead, Later));
    }

    [Fact]
    public void An_erasure_keeps_a_dossier_under_instruction_and_its_lead_and_says_why()
    {
        var dossier = DossierRetentionTests.InState(DossierStatus.UnderReview);

        var erasure = dossier.EraseFor(TestData.Lead, Later);

        Assert.Equal(new DossierErasure(dossier.Id, "CB21-0001", "CB21", Lead: true, Purged: false, "Dossier en cours d'instruction", CoEditorRemoved: false), erasure);
        Assert.False(dossier.IsPurged);
        Assert.True(dossier.IsLead(TestData.Lead));
    }

    [Fact]
    public void An_erasure_of_a_co_editor_of_a_funded_dossier_removes_them_from_its_editors_only()
    {
        var dossier = FiledWithCoEditor();
        dossier.StartReview(TestData.Staff, Later);
        dossier.Decide(TestData.Staff, Phase.Experimentation, null, Later);

        var erasure = dossier.EraseFor(Actor.Applicant("claire", "claire.martin@ac-lyon.fr"), Later);

        Assert.Equal(new DossierErasure(dossier.Id, "CB21-0007", "CB21", Lead: false, Purged: false,
            "Dossier financé : conservé au titre des comptes publics", CoEditorRemoved: true), erasure);
        Assert.Empty(dossier.CoEditorEmails);
        Assert.Contains(dossier.Details.Team, m => m.Email == "claire.martin@ac-lyon.fr");
        Assert.True(dossier.IsLead(TestData.Lead));
        Assert.False(dossier.IsPurged);
    }

    [Fact]
    public void An_erasure_of_a_co_editor_never_purges_the_lead_s_dossier_and_takes_them_off_its_team_when_nothing_keeps_it()
    {
        var dossier = NotSelectedWithCoEditor();
        var version = dossier.Version;

        var erasure = dossier.EraseFor(Actor.Applicant("claire", "claire.martin@ac-lyon.fr"), Later);

        Assert.Equal(new DossierErasure(dossier.Id, "CB21-0007", "CB21", Lead: false, Purged: false, Dossier.LedByAnother, CoEditorRemoved: true), erasure);
        Assert.False(dossier.IsPurged);
        Assert.True(dossier.IsLead(TestData.Lead));
        Assert.Empty(dossier.CoEditorEmails);
        Assert.DoesNotContain(dossier.Details.Team, m => m.Email == "claire.martin@ac-lyon.fr");
        Assert.Equal(version + 1, dossier.Version);
        Assert.Null(dossier.EraseFor(Actor.Applicant("claire", "claire.martin@ac-lyon.fr"), Later));
    }

    [Fact]
    public void An_erasure_leaves_alone_a_dossier_that_is_not_the_person_s()
    {
        var dossier = DossierRetentionTests.InState(DossierStatus.Withdrawn);

        Assert.Null(dossier.EraseFor(Actor.Applicant("someone-else", "autre@ac-lyon.fr"), Later));
        Assert.False(dossier.IsPurged);
    }
}
