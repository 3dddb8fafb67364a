using Defis.Funding.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.UnitTests;

public sealed class TrancheRulesTests
{
    [Theory]
    [InlineData(-1, new[] { 1 })]
    [InlineData(100, new int[0])]
    [InlineData(100, new[] { 0 })]
    [InlineData(100, new[] { -1 })]
    [InlineData(100, new[] { 1, 0 })]
    public void A_split_needs_a_non_negative_amount_and_positive_weights(long cents, int[] weights) =>
        Assert.Throws<ArgumentException>(() => TrancheSplit.Split(new Money(cents), weights));

    [Fact]
    public void A_split_by_one_weight_is_the_whole_amount() =>
        Assert.Equal([new Money(101)], TrancheSplit.Split(new Money(101), [7]));

    private static IReadOnlyList<TrancheTerm> Equal(int count)
    {
        var terms = Enumerable.Range(0, count).Select(_ => new TrancheTerm(TrancheTerm.WholeGrant / count, TrancheTrigger.Manual)).ToList();
        terms[0] = new(TrancheTerm.WholeGrant - (TrancheTerm.WholeGrant / count * (count - 1)), TrancheTrigger.Manual);
        return terms;
    }

    [Fact]
    public void A_schedule_may_have_24_tranches_but_not_25()
    {
        TrancheTerm.Validate(Equal(24));

        var error = Assert.Throws<RequestValidationException>(() => TrancheTerm.Validate(Equal(25)));
        Assert.Equal("schedule", Assert.Single(error.Violations).Field);
        Assert.Contains("24", error.Violations[0].Description);
    }

    [Fact]
    public void An_empty_schedule_is_refused_once_for_its_size_not_for_its_total()
    {
        var error = Assert.Throws<RequestValidationException>(() => TrancheTerm.Validate([]));

        Assert.Equal("schedule", Assert.Single(error.Violations).Field);
    }

    [Fact]
    public void A_share_of_zero_is_named_and_the_total_is_shown_in_percent()
    {
        var error = Assert.Throws<RequestValidationException>(() =>
            TrancheTerm.Validate([new(0, TrancheTrigger.Manual), new(9_950, TrancheTrigger.AtCommitment)]));

        Assert.Equal(["schedule[0].share", "schedule"], error.Violations.Select(v => v.Field));
        Assert.Contains("99,50 %", error.Violations[1].Description);
    }
}
