using Defis.Jury.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Jury.UnitTests;

public sealed class ReviewInputTests
{
    private static (PanelAssignments Book, DossierProfile Dossier) Assigned()
    {
        var panel = TestData.Panel(TestData.Member("a"));
        var book = TestData.Book(panel);
        var dossier = TestData.Dossier(1);
        TestData.Assign(book, panel, TestData.Conflicts(), dossier, "a");
        return (book, dossier);
    }

    [Theory]
    [InlineData("")]
    [InlineData("inconnu")]
    public void An_unusable_criterion_is_refused_on_its_own_field_even_on_a_one_criterion_grid(string criterion)
    {
        var (book, dossier) = Assigned();
        var grid = TestData.Grid(new Criterion("a", "A", 1, 5, false));
        var review = Review.Start(dossier.Id, "a", grid, book, TestData.Now);

        var error = Assert.Throws<RequestValidationException>(() =>
            review.SaveDraft(new ReviewInput([new ScoreInput(criterion, 3, null)], null, null), grid, book, TestData.Now));

        Assert.Equal("scores[0].criterion", Assert.Single(error.Violations).Field);
    }

    [Fact]
    public void A_criterion_scored_twice_is_refused_on_the_second_score()
    {
        var (book, dossier) = Assigned();
        var grid = TestData.Grid(new Criterion("a", "A", 1, 5, false));
        var review = Review.Start(dossier.Id, "a", grid, book, TestData.Now);

        var error = Assert.Throws<RequestValidationException>(() =>
            review.SaveDraft(new ReviewInput([new("a", 3, null), new(" A ", 4, null)], null, null), grid, book, TestData.Now));

        Assert.Equal("scores[1].criterion", Assert.Single(error.Violations).Field);
        Assert.Equal([(int?)null], review.Scores.Select(s => s.Value));
    }

    [Fact]
    public void A_new_review_has_one_empty_score_per_criterion_and_keeps_a_trimmed_general_comment()
    {
        var (book, dossier) = Assigned();
        var grid = TestData.Grid();
        var review = Review.Start(dossier.Id, "a", grid, book, TestData.Now);

        Assert.Equal(grid.Criteria.Select(c => c.Code), review.Scores.Select(s => s.CriterionCode));
        Assert.All(review.Scores, s => Assert.Null(s.Value));

        review.SaveDraft(new ReviewInput([], null, null, "  Dossier prometteur.  "), grid, book, TestData.Now);
        Assert.Equal("Dossier prometteur.", review.GeneralComment);
        review.SaveDraft(new ReviewInput([], null, null, "  "), grid, book, TestData.Now);
        Assert.Null(review.GeneralComment);
    }
}
