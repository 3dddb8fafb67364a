using Defis.Jury.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Jury.UnitTests;

public sealed class JuryOrderingTests
{
    [Fact]
    public void Dossiers_filed_at_the_same_instant_are_ordered_by_reference_then_by_id()
    {
        var at = TestData.Now;
        var b = TestData.Dossier(2, filedAt: at);
        var a = TestData.Dossier(1, filedAt: at);
        var sameReference = a with { Id = new Guid(9, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]) };

        Assert.True(DossierProfile.CompareByFiling(a, b) < 0);
        Assert.True(DossierProfile.CompareByFiling(b, a) > 0);
        Assert.True(DossierProfile.CompareByFiling(a, sameReference) < 0);
        Assert.True(DossierProfile.CompareByFiling(sameReference, a) > 0);
        Assert.Equal(0, DossierProfile.CompareByFiling(a, a with { }));
    }

    [Fact]
    public void Dossiers_due_the_same_day_are_listed_in_filing_order()
    {
        var clock = new InstructionClock(DecisionDays: 21, DueSoonDays: 3);
        var morning = TestData.Dossier(2, filedAt: DateTimeOffset.Parse("2021-10-15T08:00:00+02:00"));
        var evening = TestData.Dossier(1, filedAt: DateTimeOffset.Parse("2021-10-15T20:00:00+02:00"));

        var agenda = clock.Agenda([evening, morning], DateTimeOffset.Parse("2021-11-04T12:00:00+01:00"));

        Assert.Equal([morning, evening], agenda.DueSoon.Select(x => x.Dossier));
    }

    [Fact]
    public void An_override_applies_to_its_own_juror_and_dossier_only()
    {
        var register = TestData.Conflicts();
        var (a, b) = (TestData.Member("a", "Préfecture du Rhône"), TestData.Member("b", "Préfecture du Rhône"));
        var (first, second) = (TestData.Dossier(1), TestData.Dossier(2));
        register.Override(TestData.Staff, a, first, "Seul expert", TestData.Now);

        Assert.NotNull(register.Check(a, first).Override);
        Assert.Null(register.Check(a, second).Override);
        Assert.Null(register.Check(b, first).Override);
        Assert.True(register.Check(b, first).IsConflicted);
        Assert.False(register.Check(a, first).IsConflicted);
    }

    [Fact]
    public void A_declaration_on_a_dossier_is_the_same_only_for_the_same_dossier()
    {
        var register = TestData.Conflicts();
        var actor = new Actor("a");
        register.Declare(actor, "a", ConflictTargetKind.Dossier, TestData.Dossier(1).Id.ToString(), ConflictType.Personal, null, TestData.Now);
        register.Declare(actor, "a", ConflictTargetKind.Organisation, "Pôle emploi", ConflictType.Collaborator, null, TestData.Now);

        register.Declare(actor, "a", ConflictTargetKind.Dossier, TestData.Dossier(2).Id.ToString(), ConflictType.Personal, null, TestData.Now);
        var again = Assert.Throws<ConflictException>(() =>
            register.Declare(actor, "a", ConflictTargetKind.Organisation, "POLE-EMPLOI", ConflictType.Other, null, TestData.Now));

        Assert.True(again.AlreadyExists);
        Assert.Equal(3, register.Declarations.Count);
    }

    [Fact]
    public void A_juror_already_reviewing_a_dossier_is_told_so_as_an_existing_assignment()
    {
        var panel = TestData.Panel(TestData.Member("a"));
        var book = TestData.Book(panel);
        var conflicts = TestData.Conflicts();
        TestData.Assign(book, panel, conflicts, TestData.Dossier(1), "a");

        var error = Assert.Throws<ConflictException>(() => TestData.Assign(book, panel, conflicts, TestData.Dossier(1), "a"));

        Assert.True(error.AlreadyExists);
        Assert.Contains("CB21-0001", error.Message);
    }

    [Fact]
    public void A_change_list_refuses_a_release_it_does_not_correct()
    {
        var panel = TestData.Panel();
        var dossier = TestData.Dossier(1);
        var first = PhaseDecision.Open(panel, TestData.PresidentActor, [dossier], SelectionQuota.None, TestData.Now);
        var released = first.ReleaseAll(panel, TestData.PresidentActor, TestData.Now);
        var other = PhaseDecision.Open(panel, TestData.PresidentActor, [dossier], SelectionQuota.None, TestData.Now).ReleaseAll(panel, TestData.PresidentActor, TestData.Now);
        var correction = PhaseDecision.Correct(first, panel, TestData.PresidentActor, "Erreur", TestData.Now).ReleaseAll(panel, TestData.PresidentActor, TestData.Now);

        Assert.Throws<ArgumentException>(() => correction.ChangedSince(other));
        Assert.Empty(correction.ChangedSince(released));
        Assert.Null(PhaseDecision.Open(panel, TestData.PresidentActor, [dossier], SelectionQuota.None, TestData.Now).Release);
    }

    [Fact]
    public void An_override_lifts_the_conflict_in_the_matrix_for_that_pair_only()
    {
        var register = TestData.Conflicts();
        var jurors = new[] { TestData.Member("a", "Préfecture du Rhône"), TestData.Member("b", "Préfecture du Rhône") };
        var dossiers = new[] { TestData.Dossier(1), TestData.Dossier(2) };
        register.Override(TestData.Staff, jurors[1], dossiers[1], "Seul expert", TestData.Now);

        var matrix = register.Matrix(jurors, dossiers);

        Assert.Equal([true, true, true, false], new[] { (0, 0), (0, 1), (1, 0), (1, 1) }.Select(p => matrix.IsConflicted(p.Item1, p.Item2)));
        Assert.Null(register.Check(jurors[1] with { Organisation = "Cour des comptes" }, dossiers[1]).Override);
    }

    [Fact]
    public void Blank_codes_and_unknown_roles_are_refused()
    {
        var panel = TestData.Panel(TestData.Member("a"));

        Assert.Throws<RequestValidationException>(() => Panel.Create(" ", Phase.Incubation, TestData.Staff, TestData.Now));
        Assert.Throws<RequestValidationException>(() => EvaluationGrid.Create(" ", Phase.Incubation, DefaultGrids.CoConstruction2021, TestData.Staff, TestData.Now));
        Assert.Throws<RequestValidationException>(() => panel.ChangeRole("a", (PanelRole)99, TestData.Staff, TestData.Now));
        Assert.Equal(PanelRole.Member, panel.Find("a")!.Role);
    }
}
