using Defis.Funding.Domain;

namespace Defis.Funding.UnitTests;

public sealed class TrancheSplitTests
{
    [Theory]
    [InlineData(1, new[] { 1, 1, 1 }, new long[] { 0, 0, 1 })]
    [InlineData(100, new[] { 1, 1, 1 }, new long[] { 33, 33, 34 })]
    [InlineData(2_500_001, new[] { 5_000, 5_000 }, new long[] { 1_250_000, 1_250_001 })]
    [InlineData(15_000_007, new[] { 3_000, 3_000, 4_000 }, new long[] { 4_500_002, 4_500_002, 6_000_003 })]
    [InlineData(999, new[] { 10_000 }, new long[] { 999 })]
    public void Odd_cents_go_to_the_last_tranche(long total, int[] weights, long[] expected) =>
        Assert.Equal(expected, TrancheSplit.Split(new Money(total), weights).Select(m => m.Cents));

    [Fact]
    public void Parts_always_sum_exactly_and_only_the_last_rounds_up()
    {
        var random = new Random(2021);
        long[] totals = [0, 1, 2, 3, 7, 99, 101, 2_500_001, 15_000_007, 25_000_000_003, long.MaxValue];
        foreach (var total in totals)
        {
            for (var count = 1; count <= TrancheTerm.MaxTranches; count++)
            {
                var weights = Enumerable.Range(0, count).Select(_ => random.Next(1, 10_000)).ToArray();
                var parts = TrancheSplit.Split(new Money(total), weights);
                AssertFairSplit(total, weights, parts);
            }
        }
    }

    private static void AssertFairSplit(long total, int[] weights, Money[] parts)
    {
        var sum = weights.Sum(w => (long)w);
        Assert.Equal(total, parts.Aggregate((Int128)0, (s, p) => s + p.Cents));
        for (var i = 0; i < parts.Length; i++)
        {
            var exactNumerator = (Int128)total * weights[i];
            var part = (Int128)parts[i].Cents * sum;
            if (i < parts.Length - 1)
            {
                // Rounded down: at most one cent below the exact share, never above.
                Assert.InRange(exactNumerator - part, 0, sum - 1);
            }
            else
            {
                // The last takes the odd cents: never below its exact share, fewer cents above than there are tranches.
                Assert.InRange(part - exactNumerator, 0, (Int128)sum * parts.Length);
            }
        }
    }

    [Fact]
    public void A_schedule_must_cover_the_whole_grant_and_name_its_milestones()
    {
        var error = Assert.Throws<Defis.SharedKernel.Errors.RequestValidationException>(() => TrancheTerm.Validate(
            [new(3_000, TrancheTerm.AllAtCommitment[0].Trigger), new(6_000, TrancheTrigger.Milestone), new(0, (TrancheTrigger)42)]));
        var fields = error.Violations.Select(v => v.Field).ToList();
        Assert.Contains("schedule", fields);
        Assert.Contains("schedule[1].milestone", fields);
        Assert.Contains("schedule[2].share", fields);
        Assert.Contains("schedule[2].trigger", fields);
        Assert.Contains(error.Violations, v => v.Description.Contains("90,00 %"));
    }
}
