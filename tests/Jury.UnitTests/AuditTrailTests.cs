using Defis.Jury.Domain;

namespace Defis.Jury.UnitTests;

/// <summary>Every change of the jury leaves an audit entry saying who did what to which dossier or juror, and why.</summary>
public sealed class AuditTrailTests
{
    private static AuditEntry Last(AuditedAggregate aggregate, AuditAction action) => aggregate.PendingAudit.Last(e => e.Action == action);

    [Fact]
    public void Panel_changes_are_audited_with_the_member_and_role()
    {
        var panel = TestData.Panel(TestData.Member("a", "Cour des comptes"));
        panel.ChangeRole("a", PanelRole.Member, TestData.Staff, TestData.Now);

        Assert.Equal([AuditAction.PanelCreated, AuditAction.PanelMemberAdded, AuditAction.PanelMemberAdded, AuditAction.PanelMemberRoleChanged],
            panel.PendingAudit.Select(e => e.Action));
        Assert.Contains("CB21", panel.PendingAudit[0].Detail);
        Assert.Equal(("staff-1", panel.Id), (panel.PendingAudit[0].Actor, panel.PendingAudit[0].AggregateId));
        var added = panel.PendingAudit[2];
        Assert.Equal("a", added.JurorUserId);
        Assert.Contains("Juré a (Cour des comptes)", added.Detail);
        Assert.Contains("Juré a", Last(panel, AuditAction.PanelMemberRoleChanged).Detail);
        Assert.Equal("a", Last(panel, AuditAction.PanelMemberRoleChanged).JurorUserId);
    }

    [Fact]
    public void Grid_changes_are_audited_with_their_criteria_and_version()
    {
        var grid = TestData.Grid();
        grid.ReplaceCriteria(DefaultGrids.CartesBlanches2018, TestData.Staff, TestData.Now);
        grid.Freeze("a", TestData.Now);
        grid.Freeze("b", TestData.Now);
        var next = grid.NextVersion(DefaultGrids.CoConstruction2021, TestData.Staff, TestData.Now);

        Assert.Equal([AuditAction.GridCreated, AuditAction.GridCriteriaReplaced, AuditAction.GridFrozen], grid.PendingAudit.Select(e => e.Action));
        Assert.Contains("impact ×2 /5, co_construction ×2 /5, ecologie_social ×1 /3", grid.PendingAudit[0].Detail);
        Assert.Contains("impact ×1 /5", grid.PendingAudit[1].Detail);
        Assert.Equal("a", grid.PendingAudit[2].Actor);
        Assert.Contains("v1", grid.PendingAudit[2].Detail);
        Assert.Contains("v2", Assert.Single(next.PendingAudit).Detail);
    }

    [Fact]
    public void Assignments_are_audited_with_the_dossier_the_juror_and_the_reason()
    {
        var panel = TestData.Panel(TestData.Member("a"), TestData.Member("b"));
        var conflicts = TestData.Conflicts();
        var dossier = TestData.Dossier(1);
        var book = TestData.Book(panel);
        TestData.Assign(book, panel, conflicts, dossier, "a");
        book.Reassign(dossier, "a", "b", false, " Surcharge ", panel, conflicts, TestData.Staff, TestData.Now);
        book.WithdrawDossier(dossier.Id, "Dossier retiré par son porteur.", TestData.Staff, TestData.Now);

        var assigned = book.PendingAudit[0];
        Assert.Equal((AuditAction.ReviewerAssigned, dossier.Id, "a"), (assigned.Action, assigned.DossierId, assigned.JurorUserId));
        Assert.Contains("CB21-0001 attribué à a", assigned.Detail);
        Assert.Contains("manuelle", assigned.Detail);
        var reassigned = Last(book, AuditAction.ReviewerReassigned);
        Assert.Equal("b", reassigned.JurorUserId);
        Assert.Contains("réattribué de a à b. Motif : Surcharge", reassigned.Detail);
        var withdrawn = Last(book, AuditAction.ReviewerWithdrawn);
        Assert.Equal(("b", dossier.Id), (withdrawn.JurorUserId, withdrawn.DossierId));
        Assert.Contains("CB21-0001 retiré à b. Dossier retiré par son porteur.", withdrawn.Detail);
        Assert.Equal("Dossier retiré par son porteur.", book.Assignments.Single(a => a.JurorUserId == "b").WithdrawalReason);
    }

    [Fact]
    public void Each_assignment_change_raises_the_revision_and_a_change_of_nothing_does_not()
    {
        var panel = TestData.Panel(TestData.Member("a"), TestData.Member("b"));
        var conflicts = TestData.Conflicts();
        var dossier = TestData.Dossier(1);
        var book = TestData.Book(panel, reviewers: 1);

        book.Apply(book.Plan(panel, [dossier], conflicts), TestData.Staff, TestData.Now);
        Assert.Equal(1, book.Revision);
        Assert.Contains("planifiée", Assert.Single(book.PendingAudit).Detail);
        var reviewer = Assert.Single(book.ReviewersOf(dossier.Id));
        book.Reassign(dossier, reviewer, reviewer == "a" ? "b" : "a", false, "Motif", panel, conflicts, TestData.Staff, TestData.Now);
        Assert.Equal(2, book.Revision);
        Assert.Empty(book.WithdrawConflicted(panel, [dossier], conflicts, TestData.Staff, TestData.Now));
        Assert.Equal(0, book.WithdrawDossier(TestData.Dossier(9).Id, "Motif", TestData.Staff, TestData.Now));
        Assert.Equal(2, book.Revision);
        Assert.Equal(1, book.WithdrawDossier(dossier.Id, "Motif", TestData.Staff, TestData.Now));
        Assert.Equal(3, book.Revision);
        Assert.Empty(book.Active);
    }

    [Fact]
    public void A_conflicted_assignment_is_withdrawn_saying_which_conflict()
    {
        var panel = TestData.Panel(TestData.Member("a", "Préfecture du Rhône"), TestData.Member("b"), TestData.Member("c", "Préfecture du Rhône"));
        var conflicts = TestData.Conflicts();
        var dossier = TestData.Dossier(1, lead: "Mairie de Lyon");
        var book = TestData.Book(panel);
        TestData.Assign(book, panel, conflicts, dossier, "b", "a");
        var later = TestData.Dossier(1, lead: "Préfecture du Rhône");

        var affected = book.WithdrawConflicted(panel, [later], conflicts, TestData.Staff, TestData.Now);

        Assert.Equal([later], affected);
        Assert.Equal(["b"], book.ReviewersOf(dossier.Id));
        var withdrawn = Last(book, AuditAction.ReviewerWithdrawn);
        Assert.Equal("a", withdrawn.JurorUserId);
        Assert.Contains("Conflit d'intérêts : L'organisation du juré", withdrawn.Detail);
        Assert.Equal(3, book.Revision);
    }

    [Fact]
    public void Decision_steps_are_audited_with_counts_quota_and_reasons()
    {
        var panel = TestData.Panel();
        var (first, second) = (TestData.Dossier(1), TestData.Dossier(2));
        var decision = PhaseDecision.Open(panel, TestData.PresidentActor, [first, second], new SelectionQuota(1, 2), TestData.Now);
        decision.Select(panel, TestData.PresidentActor, first, "Solide", 100, TestData.Conflicts(), TestData.Now);
        decision.Select(panel, TestData.PresidentActor, second, "Bon", 100, TestData.Conflicts(), TestData.Now);
        decision.Deselect(panel, TestData.PresidentActor, second.Id, TestData.Now);
        decision.ReleaseAll(panel, TestData.PresidentActor, TestData.Now);
        var correction = PhaseDecision.Correct(decision, panel, TestData.PresidentActor, " Erreur de saisie ", TestData.Now);
        correction.ReleaseAll(panel, TestData.PresidentActor, TestData.Now);

        Assert.Contains("sur 2 dossier(s), quota : de 1 à 2", decision.PendingAudit[0].Detail);
        Assert.Equal(second.Id, Last(decision, AuditAction.SelectionWithdrawn).DossierId);
        Assert.Contains("CB21-0002 retiré", Last(decision, AuditAction.SelectionWithdrawn).Detail);
        Assert.EndsWith("1 dossier(s) retenu(s) sur 2.", Last(decision, AuditAction.DecisionReleased).Detail);
        Assert.Contains($"Correction de la décision {decision.Id} ouverte. Motif : Erreur de saisie", correction.PendingAudit[0].Detail);
        Assert.EndsWith($", en correction de la décision {decision.Id}.", Last(correction, AuditAction.DecisionReleased).Detail);
        Assert.Equal("Erreur de saisie", correction.CorrectionReason);
    }

    [Fact]
    public void Submitting_and_reopening_a_review_are_audited_with_the_scores_and_the_reason()
    {
        var panel = TestData.Panel(TestData.Member("a"));
        var book = TestData.Book(panel);
        var dossier = TestData.Dossier(1);
        TestData.Assign(book, panel, TestData.Conflicts(), dossier, "a");
        var grid = TestData.Grid();
        var review = TestData.Submitted(book, grid, dossier, "a", 4, 3, 2);
        review.Reopen(TestData.PresidentActor, panel, " Note incohérente ", TestData.Now);
        review.Submit(TestData.Input(grid, 5, 3, 2), grid, book, TestData.Now);

        var submitted = review.PendingAudit.First(e => e.Action == AuditAction.ReviewSubmitted);
        Assert.Equal((dossier.Id, "a", "a"), (submitted.DossierId, submitted.JurorUserId, submitted.Actor));
        Assert.Contains("impact=4, co_construction=3, ecologie_social=2", submitted.Detail);
        Assert.Contains("v1", submitted.Detail);
        Assert.Contains("Évaluation de a rouverte. Motif : Note incohérente", Last(review, AuditAction.ReviewReopened).Detail);
        Assert.Contains("Critère impact : 4 → 5.", Assert.Single(review.PendingAudit, e => e.Action == AuditAction.ScoreChanged).Detail);
        Assert.Empty(review.LastSubmittedScores);
    }

    [Fact]
    public void Conflict_declarations_and_overrides_are_audited()
    {
        var register = TestData.Conflicts();
        var juror = TestData.Member("a");
        var dossier = TestData.Dossier(1);
        register.Declare(new Actor("a"), "a", ConflictTargetKind.Dossier, dossier.Id.ToString(), ConflictType.Personal, null, TestData.Now);
        register.Declare(new Actor("a"), "a", ConflictTargetKind.Territory, "Rhône", ConflictType.Other, null, TestData.Now);
        register.Override(TestData.Staff, juror, dossier, " Seul expert ", TestData.Now);

        Assert.Contains("envers le dossier", register.PendingAudit[0].Detail);
        Assert.Equal(dossier.Id, register.PendingAudit[0].DossierId);
        Assert.Contains("envers le territoire « Rhône »", register.PendingAudit[1].Detail);
        Assert.Null(register.PendingAudit[1].DossierId);
        var overridden = Last(register, AuditAction.ConflictOverridden);
        Assert.Equal(("a", dossier.Id), (overridden.JurorUserId, overridden.DossierId));
        Assert.Contains("Dérogation accordée malgré : ", overridden.Detail);
        Assert.EndsWith("Motif : Seul expert", overridden.Detail);
    }

    [Fact]
    public void Default_grids_name_every_criterion_and_require_comments_on_the_weightiest()
    {
        Assert.All([.. DefaultGrids.CartesBlanches2018, .. DefaultGrids.CoConstruction2021], c => Assert.False(string.IsNullOrWhiteSpace(c.Label)));
        Assert.Equal(4, DefaultGrids.CartesBlanches2018.Select(c => c.Label).Distinct().Count());
        Assert.Equal(["impact", "diagnostic"], DefaultGrids.CartesBlanches2018.Where(c => c.CommentRequired).Select(c => c.Code));
        Assert.Equal(DefaultGrids.CoConstruction2021.Where(c => c.Weight == 2).Select(c => c.Code),
            DefaultGrids.CoConstruction2021.Where(c => c.CommentRequired).Select(c => c.Code));
        Assert.Equal(3, DefaultGrids.CoConstruction2021.Select(c => c.Label).Distinct().Count());
    }
}
