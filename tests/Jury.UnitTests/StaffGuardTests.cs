using Defis.Jury.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Jury.UnitTests;

/// <summary>Only programme staff configure panels, grids and assignments; an aggregate refuses another panel's or grid's objects.</summary>
public sealed class StaffGuardTests
{
    private static readonly Actor Juror = new("a");

    [Fact]
    public void A_juror_cannot_configure_a_panel()
    {
        var panel = TestData.Panel(TestData.Member("a"));

        Assert.Throws<PermissionDeniedException>(() => Panel.Create(TestData.Programme, Phase.Incubation, Juror, TestData.Now));
        Assert.Throws<PermissionDeniedException>(() => panel.AddMember(TestData.Member("b"), Juror, TestData.Now));
        Assert.Throws<PermissionDeniedException>(() => panel.ChangeRole("a", PanelRole.Member, Juror, TestData.Now));
        Assert.Equal(["president", "a"], panel.Members.Select(m => m.UserId));
    }

    [Fact]
    public void A_juror_cannot_configure_a_grid()
    {
        var grid = TestData.Grid();

        Assert.Throws<PermissionDeniedException>(() => EvaluationGrid.Create(TestData.Programme, Phase.Incubation, DefaultGrids.CoConstruction2021, Juror, TestData.Now));
        Assert.Throws<PermissionDeniedException>(() => grid.ReplaceCriteria(DefaultGrids.CartesBlanches2018, Juror, TestData.Now));
        grid.Freeze("a", TestData.Now);
        Assert.Throws<PermissionDeniedException>(() => grid.NextVersion(DefaultGrids.CartesBlanches2018, Juror, TestData.Now));
        Assert.Equal(DefaultGrids.CoConstruction2021.Select(c => c.Code), grid.Criteria.Select(c => c.Code));
    }

    [Fact]
    public void A_juror_cannot_plan_or_change_assignments()
    {
        var panel = TestData.Panel(TestData.Member("a"), TestData.Member("b"));
        var conflicts = TestData.Conflicts();
        var dossier = TestData.Dossier(1);
        var book = TestData.Book(panel);
        TestData.Assign(book, panel, conflicts, dossier, "a");

        Assert.Throws<PermissionDeniedException>(() => PanelAssignments.Open(panel, new AssignmentPolicy(1, 1), Juror, TestData.Now));
        Assert.Throws<PermissionDeniedException>(() => book.Apply(book.Plan(panel, [dossier], conflicts), Juror, TestData.Now));
        Assert.Throws<PermissionDeniedException>(() => book.AssignManually(dossier, "b", panel, conflicts, Juror, TestData.Now));
        Assert.Throws<PermissionDeniedException>(() => book.Reassign(dossier, "a", "b", false, "Motif", panel, conflicts, Juror, TestData.Now));
        Assert.Throws<PermissionDeniedException>(() => book.WithdrawConflicted(panel, [dossier], conflicts, Juror, TestData.Now));
        Assert.Throws<PermissionDeniedException>(() => book.WithdrawDossier(dossier.Id, "Retiré", Juror, TestData.Now));
        Assert.Equal(["a"], book.ReviewersOf(dossier.Id));
        Assert.Equal(1, book.Revision);
    }

    [Fact]
    public void An_assignment_book_refuses_another_panel()
    {
        var panel = TestData.Panel(TestData.Member("a"), TestData.Member("b"));
        var other = TestData.Panel(TestData.Member("a"), TestData.Member("b"));
        var conflicts = TestData.Conflicts();
        var dossier = TestData.Dossier(1);
        var book = TestData.Book(panel);
        TestData.Assign(book, panel, conflicts, dossier, "a");

        Assert.Throws<ArgumentException>(() => book.Plan(other, [dossier], conflicts));
        Assert.Throws<ArgumentException>(() => book.AssignManually(dossier, "b", other, conflicts, TestData.Staff, TestData.Now));
        Assert.Throws<ArgumentException>(() => book.Reassign(dossier, "a", "b", false, "Motif", other, conflicts, TestData.Staff, TestData.Now));
        Assert.Throws<ArgumentException>(() => book.WithdrawConflicted(other, [dossier], conflicts, TestData.Staff, TestData.Now));
        Assert.Equal(["a"], book.ReviewersOf(dossier.Id));
    }

    [Fact]
    public void A_review_refuses_another_grid_or_panel()
    {
        var panel = TestData.Panel(TestData.Member("a"));
        var book = TestData.Book(panel);
        var dossier = TestData.Dossier(1);
        TestData.Assign(book, panel, TestData.Conflicts(), dossier, "a");
        var grid = TestData.Grid();
        var otherPhase = EvaluationGrid.Create(TestData.Programme, Phase.Experimentation, DefaultGrids.CoConstruction2021, TestData.Staff, TestData.Now);
        var otherProgramme = EvaluationGrid.Create("CB18", Phase.Incubation, DefaultGrids.CoConstruction2021, TestData.Staff, TestData.Now);

        Assert.Throws<ArgumentException>(() => Review.Start(dossier.Id, "a", otherPhase, book, TestData.Now));
        Assert.Throws<ArgumentException>(() => Review.Start(dossier.Id, "a", otherProgramme, book, TestData.Now));
        var review = Review.Start(dossier.Id, "a", grid, book, TestData.Now);
        Assert.Throws<ArgumentException>(() => review.SaveDraft(TestData.Input(grid, 1, 1, 1), TestData.Grid(), book, TestData.Now));
        review.Submit(TestData.Input(grid, 1, 1, 1), grid, book, TestData.Now);
        Assert.Throws<ArgumentException>(() => review.Reopen(TestData.PresidentActor, TestData.Panel(), "Motif", TestData.Now));
        Assert.True(review.IsSubmitted);
    }

    [Fact]
    public void A_decision_refuses_another_panel()
    {
        var panel = TestData.Panel();
        var other = TestData.Panel();
        var dossier = TestData.Dossier(1);
        var decision = PhaseDecision.Open(panel, TestData.PresidentActor, [dossier], SelectionQuota.None, TestData.Now);

        Assert.Throws<ArgumentException>(() => decision.Select(other, TestData.PresidentActor, dossier, "Motif", 0, TestData.Conflicts(), TestData.Now));
        decision.ReleaseAll(panel, TestData.PresidentActor, TestData.Now);
        Assert.Throws<ArgumentException>(() => PhaseDecision.Correct(decision, other, TestData.PresidentActor, "Erreur", TestData.Now));
    }

    [Fact]
    public void Only_the_president_corrects_a_decision()
    {
        var panel = TestData.Panel(TestData.Member("a"));
        var decision = PhaseDecision.Open(panel, TestData.PresidentActor, [TestData.Dossier(1)], SelectionQuota.None, TestData.Now);
        decision.ReleaseAll(panel, TestData.PresidentActor, TestData.Now);

        var error = Assert.Throws<PermissionDeniedException>(() => PhaseDecision.Correct(decision, panel, Juror, "Erreur", TestData.Now));

        Assert.Contains("président", error.Message);
    }
}
