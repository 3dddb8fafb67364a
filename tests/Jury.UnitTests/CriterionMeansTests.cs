using Defis.Jury.Domain;

namespace Defis.Jury.UnitTests;

/// <summary>The per-criterion means of the ranking export: exact, on each criterion's own scale, submitted reviews only.</summary>
public sealed class CriterionMeansTests
{
    private static readonly Criterion Impact = new("impact", "Impact", 2, 5, false);
    private static readonly Criterion Team = new("equipe", "Équipe", 1, 3, false);

    [Fact]
    public void Each_criterion_is_the_exact_mean_of_the_submitted_scores_and_drafts_do_not_count()
    {
        var panel = TestData.Panel(TestData.Member("a"), TestData.Member("b"), TestData.Member("c"));
        var grid = TestData.Grid(Impact, Team);
        var book = TestData.Book(panel);
        var dossier = TestData.Dossier(1);
        TestData.Assign(book, panel, TestData.Conflicts(), dossier, "a", "b", "c");
        var draft = Review.Start(dossier.Id, "c", grid, book, TestData.Now);
        draft.SaveDraft(TestData.Input(grid, 0, 0), grid, book, TestData.Now);

        var means = CriterionMeans.Of([TestData.Submitted(book, grid, dossier, "a", 5, 1), TestData.Submitted(book, grid, dossier, "b", 4, 2), draft]);

        Assert.Equal(new Rational(9, 2), means["impact"]);
        Assert.Equal(new Rational(3, 2), means["equipe"]);
        Assert.Equal(2, means.Count);
        Assert.Empty(CriterionMeans.Of([draft]));
    }

    [Fact]
    public void Columns_follow_the_grids_by_version_each_code_once()
    {
        var v1 = TestData.Grid(Impact, Team);
        var panel = TestData.Panel(TestData.Member("a"));
        var book = TestData.Book(panel);
        var dossier = TestData.Dossier(1);
        TestData.Assign(book, panel, TestData.Conflicts(), dossier, "a");
        TestData.Submitted(book, v1, dossier, "a", 5, 1); // a submitted review freezes v1
        var v2 = v1.NextVersion([Team with { ScaleMax = 5 }, new Criterion("terrain", "Terrain", 1, 5, false)], TestData.Staff, TestData.Now);

        Assert.Equal(["impact", "equipe", "terrain"], CriterionMeans.Columns([v2, v1]).Select(c => c.Code));
        Assert.Equal(3, CriterionMeans.Columns([v2, v1]).Single(c => c.Code == "equipe").ScaleMax);
    }
}
