using Defis.Jury.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Jury.UnitTests;

public sealed class AssignmentTests
{
    private static PanelMember[] Jurors(int count, string organisation = "Cour des comptes") =>
        Enumerable.Range(1, count).Select(i => TestData.Member($"j{i:00}", $"{organisation} {i}")).ToArray();

    private static DossierProfile[] Dossiers(int count) => Enumerable.Range(1, count).Select(i => TestData.Dossier(i)).ToArray();

    [Fact]
    public void Each_dossier_gets_N_distinct_reviewers_and_loads_are_even()
    {
        var plan = ReviewerAssigner.Plan(Jurors(6), Dossiers(4), TestData.Conflicts(), [], new AssignmentPolicy(3, 5));

        Assert.True(plan.IsComplete);
        Assert.All(plan.Assignments.GroupBy(a => a.DossierId), g => Assert.Equal(3, g.Select(a => a.JurorUserId).Distinct().Count()));
        Assert.All(plan.Loads.Values, load => Assert.Equal(2, load));
    }

    [Fact]
    public void A_conflicted_juror_is_never_assigned_and_an_override_lifts_it()
    {
        var jurors = Jurors(3);
        var dossier = TestData.Dossier(1, lead: "COUR DES COMPTES 2");
        var conflicts = TestData.Conflicts();

        var plan = ReviewerAssigner.Plan(jurors, [dossier], conflicts, [], new AssignmentPolicy(3, 5));

        var shortfall = Assert.Single(plan.Shortfalls);
        Assert.DoesNotContain(plan.Assignments, a => a.JurorUserId == "j02");
        Assert.Equal(["j02"], shortfall.ConflictedJurors);
        conflicts.Override(TestData.Staff, jurors[1], dossier, "Expert unique du domaine.", TestData.Now);
        Assert.True(ReviewerAssigner.Plan(jurors, [dossier], conflicts, [], new AssignmentPolicy(3, 5)).IsComplete);
    }

    [Fact]
    public void When_N_is_impossible_the_plan_says_which_dossier_and_why()
    {
        var jurors = Jurors(4);
        var conflicts = TestData.Conflicts();
        var hard = TestData.Dossier(2, lead: "Cour des comptes 1", partners: ["Cour des comptes 2"]);
        var easy = TestData.Dossier(1);

        var plan = ReviewerAssigner.Plan(jurors, [hard, easy], conflicts, [(Guid.Parse("ffffffff-0000-0000-0000-000000000000"), "j03")], new AssignmentPolicy(3, 1));

        var shortfall = Assert.Single(plan.Shortfalls);
        Assert.Equal((hard.Id, "CB21-0002", 3, 0), (shortfall.DossierId, shortfall.DossierReference, shortfall.Required, shortfall.Assigned));
        Assert.Equal(["j01", "j02"], shortfall.ConflictedJurors);
        Assert.Equal(["j03", "j04"], shortfall.JurorsAtCapacity);
        Assert.Equal(
            "Dossier CB21-0002 : 0 rapporteur(s) sur 3 requis. Sur les 4 membres du jury, 0 sont affectés à ce dossier, " +
            "2 sont en conflit d'intérêts avec lui (j01, j02) et 2 ont atteint leur maximum de 1 dossiers (j03, j04).",
            shortfall.Description);
        Assert.Contains(plan.Shortfalls, s => s.DossierId == hard.Id);
        Assert.Equal(["j01", "j02", "j04"], plan.Assignments.Where(a => a.DossierId == easy.Id).Select(a => a.JurorUserId));
    }

    [Fact]
    public void An_incomplete_plan_is_refused_unless_knowingly_accepted()
    {
        var panel = TestData.Panel(TestData.Member("a"));
        var book = TestData.Book(panel, reviewers: 3);
        var plan = book.Plan(panel, [TestData.Dossier(1)], TestData.Conflicts());

        var error = Assert.Throws<PreconditionFailedException>(() => book.Apply(plan, TestData.Staff, TestData.Now));

        Assert.Equal(("ASSIGNMENT_SHORTFALL", "CB21-0001"), (error.Violations[0].Type, error.Violations[0].Subject));
        Assert.Empty(book.Assignments);
        book.Apply(plan, TestData.Staff, TestData.Now, acceptShortfalls: true);
        Assert.Equal(2, book.Active.Count());
        Assert.Equal([AuditAction.ReviewerAssigned, AuditAction.ReviewerAssigned], book.PendingAudit.Select(e => e.Action));
    }

    [Fact]
    public void A_plan_computed_before_a_change_is_refused()
    {
        var panel = TestData.Panel(Jurors(4));
        var book = TestData.Book(panel);
        var conflicts = TestData.Conflicts();
        var plan = book.Plan(panel, [TestData.Dossier(1)], conflicts);
        book.AssignManually(TestData.Dossier(2), "j01", panel, conflicts, TestData.Staff, TestData.Now);

        Assert.Throws<ConflictException>(() => book.Apply(plan, TestData.Staff, TestData.Now));
        Assert.Throws<PermissionDeniedException>(() => book.Apply(book.Plan(panel, [TestData.Dossier(1)], conflicts), new Actor("j01"), TestData.Now));
    }

    [Fact]
    public void A_full_juror_gives_up_a_new_dossier_so_that_a_constrained_one_is_served()
    {
        // j01 is the only juror free of conflict with the second dossier; whatever the first dossier picked, both get served.
        var jurors = Jurors(2);
        var conflicts = TestData.Conflicts();
        var constrained = TestData.Dossier(2, lead: "Cour des comptes 2");

        var plan = ReviewerAssigner.Plan(jurors, [TestData.Dossier(1), constrained], conflicts, [], new AssignmentPolicy(1, 1));

        Assert.True(plan.IsComplete);
        Assert.Equal(("j01", "j02"), (plan.Assignments.Single(a => a.DossierId == constrained.Id).JurorUserId,
            plan.Assignments.Single(a => a.DossierId != constrained.Id).JurorUserId));
    }

    [Fact]
    public void The_same_input_gives_the_same_plan_in_any_order()
    {
        var jurors = Jurors(7);
        var dossiers = Dossiers(30);
        var policy = new AssignmentPolicy(3, 14);

        var first = ReviewerAssigner.Plan(jurors, dossiers, TestData.Conflicts(), [], policy);
        var again = ReviewerAssigner.Plan(jurors.Reverse().ToArray(), dossiers.Reverse().ToArray(), TestData.Conflicts(), [], policy);

        Assert.Equal(first.Assignments, again.Assignments);
        Assert.Equal(first.Loads, again.Loads);
    }

    [Fact]
    public void Dossiers_arriving_one_by_one_keep_loads_within_one()
    {
        var panel = TestData.Panel(Jurors(5));
        var book = TestData.Book(panel, reviewers: 2, max: 20);
        var conflicts = TestData.Conflicts();

        foreach (var dossier in Dossiers(13))
        {
            var plan = book.Plan(panel, [dossier], conflicts);
            Assert.True(plan.IsComplete);
            book.Apply(plan, TestData.Staff, TestData.Now);
            var loads = panel.Members.Select(m => book.LoadOf(m.UserId)).ToArray();
            Assert.True(loads.Max() - loads.Min() <= 1, string.Join(",", loads));
        }
        Assert.All(Dossiers(13), d => Assert.Equal(2, book.ReviewersOf(d.Id).Count));
    }

    [Fact]
    public void Manual_reassignment_still_refuses_conflicts_capacity_and_duplicates()
    {
        var panel = TestData.Panel(TestData.Member("a"), TestData.Member("b"), TestData.Member("c", "DITP"), TestData.Member("d"));
        var book = TestData.Book(panel, reviewers: 1, max: 1);
        var conflicts = TestData.Conflicts();
        var dossier = TestData.Dossier(1, lead: "ditp");
        TestData.Assign(book, panel, conflicts, dossier, "a");
        TestData.Assign(book, panel, conflicts, TestData.Dossier(2), "b");
        book.TakePendingAudit();

        void Reassign(string to, bool submitted = false, string? reason = "Indisponible.") =>
            book.Reassign(dossier, "a", to, submitted, reason, panel, conflicts, TestData.Staff, TestData.Now);

        Assert.Equal("CONFLICT_OF_INTEREST", Assert.Single(Assert.Throws<PreconditionFailedException>(() => Reassign("c")).Violations).Type);
        Assert.Equal("JUROR_AT_CAPACITY", Assert.Single(Assert.Throws<PreconditionFailedException>(() => Reassign("b")).Violations).Type);
        Assert.Equal("REVIEW_SUBMITTED", Assert.Single(Assert.Throws<PreconditionFailedException>(() => Reassign("d", submitted: true)).Violations).Type);
        Assert.Equal("reason", Assert.Single(Assert.Throws<RequestValidationException>(() => Reassign("d", reason: "")).Violations).Field);
        Assert.Throws<NotFoundException>(() => Reassign("nobody"));
        Assert.Throws<NotFoundException>(() => book.Reassign(dossier, "d", "b", false, "x", panel, conflicts, TestData.Staff, TestData.Now));
        Assert.Throws<ConflictException>(() => book.AssignManually(dossier, "a", panel, conflicts, TestData.Staff, TestData.Now));

        Reassign("d");

        Assert.Equal(["d"], book.ReviewersOf(dossier.Id));
        Assert.Equal("Indisponible.", book.Assignments.Single(a => a.JurorUserId == "a").WithdrawalReason);
        var entry = Assert.Single(book.PendingAudit);
        Assert.Equal((AuditAction.ReviewerReassigned, "d", dossier.Id), (entry.Action, entry.JurorUserId, entry.DossierId));
    }

    [Fact]
    public void The_book_announces_each_assignment_started_and_ended_in_order_and_only_once()
    {
        var panel = TestData.Panel(TestData.Member("a"), TestData.Member("b"));
        var book = TestData.Book(panel, reviewers: 1, max: 2);
        var conflicts = TestData.Conflicts();
        var dossier = TestData.Dossier(1);
        TestData.Assign(book, panel, conflicts, dossier, "a");

        book.Reassign(dossier, "a", "b", false, "Indisponible.", panel, conflicts, TestData.Staff, TestData.Now);
        book.WithdrawDossier(dossier.Id, "Dossier retiré.", TestData.Staff, TestData.Now);

        Assert.Equal([("a", true), ("a", false), ("b", true), ("b", false)],
            book.TakeChanges().Select(c => (c.Assignment.JurorUserId, c.Started)));
        Assert.Empty(book.TakeChanges());
    }

    [Fact]
    public void A_conflict_declared_after_assignment_withdraws_it_and_the_dossier_is_planned_again()
    {
        var panel = TestData.Panel(Jurors(4));
        var book = TestData.Book(panel, reviewers: 2);
        var conflicts = TestData.Conflicts();
        var dossier = TestData.Dossier(1);
        TestData.Assign(book, panel, conflicts, dossier, "j01", "j02");
        conflicts.Declare(new Actor("j01"), "j01", ConflictTargetKind.Dossier, dossier.Id.ToString(), ConflictType.Personal, "Un proche dans l'équipe.", TestData.Now);

        var affected = book.WithdrawConflicted(panel, [dossier, TestData.Dossier(2)], conflicts, TestData.Staff, TestData.Now);
        var plan = book.Plan(panel, affected, conflicts);

        Assert.Equal([dossier], affected);
        Assert.Equal(["j02"], book.ReviewersOf(dossier.Id));
        var added = Assert.Single(plan.Assignments);
        Assert.NotEqual("j01", added.JurorUserId);
        Assert.Contains(book.PendingAudit, e => e.Action == AuditAction.ReviewerWithdrawn && e.JurorUserId == "j01");
    }

    [Theory]
    [InlineData(0, 3, "reviewers_per_dossier")]
    [InlineData(21, 3, "reviewers_per_dossier")]
    [InlineData(3, 0, "max_per_juror")]
    public void A_bad_policy_names_the_field(int reviewers, int max, string field)
    {
        var error = Assert.Throws<RequestValidationException>(() => new AssignmentPolicy(reviewers, max).Validate());

        Assert.Equal(field, Assert.Single(error.Violations).Field);
    }
}
