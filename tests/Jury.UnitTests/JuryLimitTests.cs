using Defis.Jury.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Jury.UnitTests;

/// <summary>Quotas, scales, weights and amounts of the jury at the limit and one unit either side.</summary>
public sealed class JuryLimitTests
{
    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(AssignmentPolicy.MaxReviewersPerDossier, 1, true)]
    [InlineData(AssignmentPolicy.MaxReviewersPerDossier + 1, 1, false)]
    [InlineData(0, 1, false)]
    [InlineData(1, 0, false)]
    public void A_policy_needs_1_to_20_reviewers_and_at_least_one_dossier_per_juror(int reviewers, int max, bool valid)
    {
        var policy = new AssignmentPolicy(reviewers, max);

        if (valid)
        {
            policy.Validate();
            ReviewerAssigner.Plan([TestData.Member("a")], [TestData.Dossier(1)], TestData.Conflicts(), [], policy, 0);
        }
        else
        {
            Assert.Throws<RequestValidationException>(policy.Validate);
            Assert.Throws<RequestValidationException>(() => PanelAssignments.Open(TestData.Panel(), policy, TestData.Staff, TestData.Now));
            Assert.Throws<RequestValidationException>(() => ReviewerAssigner.Plan([TestData.Member("a")], [TestData.Dossier(1)], TestData.Conflicts(), [], policy, 0));
        }
    }

    [Theory]
    [InlineData(0, 1, true)]
    [InlineData(-1, 1, false)]
    [InlineData(null, 0, false)]
    [InlineData(2, 1, false)]
    [InlineData(1, 1, true)]
    public void A_quota_needs_a_minimum_of_0_or_more_and_a_maximum_of_1_or_more(int? minimum, int? maximum, bool valid)
    {
        var quota = new SelectionQuota(minimum, maximum);

        if (valid)
        {
            quota.Validate();
        }
        else
        {
            Assert.Throws<RequestValidationException>(quota.Validate);
        }
    }

    [Fact]
    public void A_quota_allows_its_minimum_and_maximum_but_not_one_outside()
    {
        var quota = new SelectionQuota(2, 4);

        Assert.Equal([false, true, true, true, false], new[] { 1, 2, 3, 4, 5 }.Select(quota.Allows));
        Assert.True(SelectionQuota.None.Allows(0));
    }

    [Theory]
    [InlineData(null, null, "sans quota")]
    [InlineData(2, 2, "2 exactement")]
    [InlineData(null, 3, "3 au plus")]
    [InlineData(1, null, "1 au moins")]
    [InlineData(1, 3, "de 1 à 3")]
    public void A_quota_is_told_in_french(int? minimum, int? maximum, string told) =>
        Assert.Equal(told, new SelectionQuota(minimum, maximum).ToString());

    [Theory]
    [InlineData(0, true)]
    [InlineData(JuryLimits.MaxGrantCents, true)]
    [InlineData(JuryLimits.MaxGrantCents + 1, false)]
    [InlineData(-1, false)]
    public void A_recommended_grant_is_0_to_the_maximum(long cents, bool valid)
    {
        var panel = TestData.Panel();
        var dossier = TestData.Dossier(1);
        var decision = PhaseDecision.Open(panel, TestData.PresidentActor, [dossier], SelectionQuota.None, TestData.Now);

        var select = () => decision.Select(panel, TestData.PresidentActor, dossier, "Motif", cents, TestData.Conflicts(), TestData.Now);

        if (valid)
        {
            select();
            Assert.Equal(cents, Assert.Single(decision.Selections).RecommendedGrantCents);
        }
        else
        {
            Assert.Equal("recommended_grant_cents", Assert.Single(Assert.Throws<RequestValidationException>(select).Violations).Field);
        }
    }

    private static Criterion Criterion(int weight = 1, int scale = 5, string code = "a") => new(code, "Critère", weight, scale, false);

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(JuryLimits.MaxWeight, 1, true)]
    [InlineData(JuryLimits.MaxWeight + 1, 1, false)]
    [InlineData(0, 1, false)]
    [InlineData(1, JuryLimits.MaxScale, true)]
    [InlineData(1, JuryLimits.MaxScale + 1, false)]
    [InlineData(1, 0, false)]
    public void A_criterion_weighs_1_to_100_on_a_scale_of_1_to_100(int weight, int scale, bool valid)
    {
        var create = () => TestData.Grid(Criterion(weight, scale));

        if (valid)
        {
            Assert.Equal(scale, Assert.Single(create().Criteria).ScaleMax);
        }
        else
        {
            Assert.Single(Assert.Throws<RequestValidationException>(create).Violations);
        }
    }

    [Fact]
    public void A_grid_has_1_to_20_criteria()
    {
        var twenty = Enumerable.Range(1, JuryLimits.MaxCriteria).Select(i => Criterion(code: $"c{i}")).ToArray();

        Assert.Equal(JuryLimits.MaxCriteria, TestData.Grid(twenty).Criteria.Count);
        var error = Assert.Throws<RequestValidationException>(() => TestData.Grid([.. twenty, Criterion(code: "c21")]));
        Assert.Contains("20", Assert.Single(error.Violations).Description);
    }

    [Fact]
    public void Scores_from_0_to_the_scale_maximum_are_accepted_one_outside_is_refused()
    {
        var panel = TestData.Panel(TestData.Member("a"));
        var book = TestData.Book(panel);
        var dossier = TestData.Dossier(1);
        TestData.Assign(book, panel, TestData.Conflicts(), dossier, "a");
        var grid = TestData.Grid(Criterion(scale: 3), Criterion(scale: 3, code: "b"));
        var review = Review.Start(dossier.Id, "a", grid, book, TestData.Now);

        var error = Assert.Throws<RequestValidationException>(() => review.SaveDraft(TestData.Input(grid, -1, 4), grid, book, TestData.Now));
        Assert.Equal(["scores[0].value", "scores[1].value"], error.Violations.Select(v => v.Field));

        review.SaveDraft(TestData.Input(grid, 0, 3), grid, book, TestData.Now);
        Assert.Equal([0, 3], review.Scores.Select(s => s.Value));
    }

    [Fact]
    public void A_juror_takes_dossiers_up_to_the_maximum_and_not_one_more()
    {
        var panel = TestData.Panel(TestData.Member("a"));
        var book = TestData.Book(panel, reviewers: 1, max: 2);
        var conflicts = TestData.Conflicts();
        TestData.Assign(book, panel, conflicts, TestData.Dossier(1), "a");
        TestData.Assign(book, panel, conflicts, TestData.Dossier(2), "a");

        var error = Assert.Throws<PreconditionFailedException>(() => TestData.Assign(book, panel, conflicts, TestData.Dossier(3), "a"));

        Assert.Equal("JUROR_AT_CAPACITY", Assert.Single(error.Violations).Type);
        Assert.Equal(2, book.LoadOf("a"));
    }
}
