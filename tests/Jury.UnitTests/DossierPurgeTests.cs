using Defis.Jury.Domain;

namespace Defis.Jury.UnitTests;

/// <summary>Decision 0032: a purged dossier loses what people wrote about it, never its scores, conflicts or outcomes.</summary>
public sealed class DossierPurgeTests
{
    private static readonly ConflictRegister NoConflicts = TestData.Conflicts();
    private readonly Panel _panel = TestData.Panel(TestData.Member("a"), TestData.Member("b"));
    private readonly DossierProfile _purged = TestData.Dossier(1);
    private readonly DossierProfile _kept = TestData.Dossier(2);

    [Fact]
    public void A_review_forgets_every_comment_and_reopening_reason_and_keeps_its_scores_opinion_and_confidence()
    {
        var grid = TestData.Grid();
        var book = TestData.Book(_panel);
        TestData.Assign(book, _panel, NoConflicts, _purged, "a");
        var review = Review.Start(_purged.Id, "a", grid, book, TestData.Now);
        review.Submit(TestData.Input(grid, 4, 3, 2) with { GeneralComment = "L'équipe de Mme Martin convainc." }, grid, book, TestData.Now);
        review.Reopen(TestData.PresidentActor, _panel, "M. Durand signale une erreur.", TestData.Now);

        review.ForgetText();

        Assert.All(review.Scores.Concat(review.LastSubmittedScores), s => Assert.Null(s.Comment));
        Assert.Equal([4, 3, 2], review.Scores.Select(s => s.Value));
        Assert.Equal([4, 3, 2], review.LastSubmittedScores.Select(s => s.Value));
        Assert.Null(review.GeneralComment);
        var reopening = Assert.Single(review.Reopenings);
        Assert.Equal(("president", DossierPurge.Erased), (reopening.ByUserId, reopening.Reason));
        Assert.Equal((OverallOpinion.Favourable, ConfidenceLevel.High, ReviewStatus.Draft), (review.Opinion, review.Confidence, review.Status));
    }

    [Fact]
    public void The_register_forgets_the_notes_and_override_reasons_about_the_dossier_only_and_the_conflicts_still_hold()
    {
        var register = TestData.Conflicts();
        var juror = TestData.Member("a", "Préfecture du Rhône");
        register.Declare(TestData.Staff, "a", ConflictTargetKind.Dossier, $"{_purged.Id}", ConflictType.Personal, "Ami de Mme Martin.", TestData.Now);
        register.Declare(TestData.Staff, "b", ConflictTargetKind.Dossier, $"{_kept.Id}", ConflictType.Personal, "Cousin du porteur.", TestData.Now);
        register.Declare(TestData.Staff, "b", ConflictTargetKind.Organisation, $"{_purged.Id}", ConflictType.Collaborator, "Un nom.", TestData.Now);
        register.Override(TestData.Staff, juror, TestData.Dossier(1, lead: "Préfecture du Rhône"), "Seul expert.", TestData.Now);
        register.Override(TestData.Staff, juror, TestData.Dossier(2, lead: "Préfecture du Rhône"), "Hors hiérarchie.", TestData.Now);

        register.ForgetDossier(_purged.Id);

        Assert.Equal([null, "Cousin du porteur.", "Un nom."], register.Declarations.Select(d => d.Note));
        Assert.Equal([$"{_purged.Id}", $"{_kept.Id}", $"{_purged.Id}"], register.Declarations.Select(d => d.Target));
        Assert.Equal([DossierPurge.Erased, "Hors hiérarchie."], register.Overrides.Select(o => o.Reason));
        Assert.Equal([_purged.Id, _kept.Id], register.Overrides.Select(o => o.DossierId));
        var check = register.Check(TestData.Member("a"), _purged);
        Assert.Equal((1, DossierPurge.Erased), (check.Findings.Count, check.Override?.Reason));
    }

    [Fact]
    public void A_decision_forgets_the_rationale_of_the_purged_dossier_and_keeps_its_outcome_and_grant()
    {
        var decision = PhaseDecision.Open(_panel, TestData.PresidentActor, [_purged, _kept], SelectionQuota.None, TestData.Now);
        decision.Select(_panel, TestData.PresidentActor, _purged, "Mme Martin porte bien le projet.", 2_500_000, NoConflicts, TestData.Now);
        decision.Select(_panel, TestData.PresidentActor, _kept, "Défi majeur.", 1_000_000, NoConflicts, TestData.Now);
        decision.ReleaseAll(_panel, TestData.PresidentActor, TestData.Now);

        decision.ForgetRationale(_purged.Id);
        decision.ForgetRationale(TestData.Dossier(9).Id);

        Assert.Equal(
        [
            new StagedSelection(_purged.Id, "CB21-0001", DossierPurge.Erased, 2_500_000),
            new StagedSelection(_kept.Id, "CB21-0002", "Défi majeur.", 1_000_000),
        ], decision.Selections);
        Assert.Equal([DecisionOutcomeKind.Selected, DecisionOutcomeKind.Selected], decision.Release!.Outcomes.Select(o => o.Outcome));
    }

    [Theory]
    [InlineData(AuditAction.ConflictOverridden, true)]
    [InlineData(AuditAction.ReviewerAssigned, true)]
    [InlineData(AuditAction.ReviewerReassigned, true)]
    [InlineData(AuditAction.ReviewerWithdrawn, true)]
    [InlineData(AuditAction.ReviewReopened, true)]
    [InlineData(AuditAction.SelectionStaged, true)]
    [InlineData(AuditAction.ConflictDeclared, false)]
    [InlineData(AuditAction.ReviewSubmitted, false)]
    [InlineData(AuditAction.ScoreChanged, false)]
    [InlineData(AuditAction.SelectionWithdrawn, false)]
    [InlineData(AuditAction.DecisionReleased, false)]
    [InlineData(AuditAction.DossierPurged, false)]
    public void An_audit_entry_loses_its_detail_when_it_carries_written_text(AuditAction action, bool erased)
    {
        var entry = new AuditEntry(Guid.CreateVersion7(), TestData.Now, "staff-1", action, Guid.CreateVersion7(), _purged.Id, "a", "Motif : Mme Martin.");

        Assert.Equal(erased, DossierPurge.CarriesFreeText(action));
        Assert.Equal(erased ? DossierPurge.Erased : entry.Detail, DossierPurge.DetailAfterPurge(entry));
    }

    [Theory]
    [InlineData(false, "Commentaires et motifs du dossier effacés : durée de conservation échue.")]
    [InlineData(true, "Commentaires et motifs du dossier effacés : effacement demandé (RGPD, art. 17).")]
    public void The_purge_is_recorded_as_the_services_act_without_values(bool onRequest, string detail)
    {
        var entry = DossierPurge.Recorded(_purged.Id, onRequest, TestData.Now);

        Assert.Equal((TestData.Now, "system:jury", AuditAction.DossierPurged, _purged.Id, _purged.Id, null, detail),
            (entry.At, entry.Actor, entry.Action, entry.AggregateId, entry.DossierId, entry.JurorUserId, entry.Detail));
    }
}
