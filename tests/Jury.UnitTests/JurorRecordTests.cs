using Defis.Jury.Domain;

namespace Defis.Jury.UnitTests;

/// <summary>
/// What a juror finds in their personal data (decision 0030): their own seat, conflicts, assignments and reviews, never
/// another juror's review nor a dossier they were not assigned, nor who else sits on the panel.
/// </summary>
public sealed class JurorRecordTests
{
    private static readonly Actor JurorA = new("a");

    [Fact]
    public void A_juror_finds_their_seat_conflicts_assignments_and_reviews_and_nothing_of_the_other_jurors()
    {
        var panel = TestData.Panel(TestData.Member("a", "Cour des comptes"), TestData.Member("b", "Inspection des finances"));
        var grid = TestData.Grid();
        var conflicts = TestData.Conflicts();
        conflicts.Declare(JurorA, "a", ConflictTargetKind.Organisation, "Pôle emploi", ConflictType.Collaborator, "Ancien poste.", TestData.Now);
        conflicts.Declare(new Actor("b"), "b", ConflictTargetKind.Organisation, "Préfecture du Nord", ConflictType.Personal, null, TestData.Now);
        var book = TestData.Book(panel);
        var (first, second) = (TestData.Dossier(1), TestData.Dossier(2));
        TestData.Assign(book, panel, conflicts, first, "a", "b");
        TestData.Assign(book, panel, conflicts, second, "b");
        var reviews = new[]
        {
            TestData.Submitted(book, grid, first, "a", 4, 4, 3),
            TestData.Submitted(book, grid, first, "b", 2, 2, 2),
            TestData.Submitted(book, grid, second, "b", 3, 3, 1),
        };

        var record = JurorRecord.Of("a", [panel], [conflicts], book.Assignments, reviews);

        var seat = Assert.Single(record.Panels);
        Assert.Equal((panel.Id, PanelRole.Member, "Cour des comptes"), (seat.PanelId, seat.Role, seat.Organisation));
        var conflict = Assert.Single(record.Conflicts);
        Assert.Equal(("Pôle emploi", true), (conflict.Target, conflict.DeclaredByYou));
        Assert.Equal([first.Reference], record.Assignments.Select(a => a.DossierReference));
        var review = Assert.Single(record.Reviews);
        Assert.Equal((first.Id, first.Reference), (review.DossierId, review.DossierReference));
        Assert.Equal([4, 4, 3], review.Scores.Select(score => score.Value));
    }

    [Fact]
    public void Someone_who_sits_on_no_panel_finds_an_empty_record()
    {
        var panel = TestData.Panel(TestData.Member("a"));

        var record = JurorRecord.Of("agent-lyon", [panel], [TestData.Conflicts()], [], []);

        Assert.Equal((0, 0, 0, 0, 0), (record.Panels.Count, record.Conflicts.Count, record.ConflictWaivers.Count, record.Assignments.Count, record.Reviews.Count));
    }
}
