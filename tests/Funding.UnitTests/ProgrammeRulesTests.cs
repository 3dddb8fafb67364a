using Defis.Funding.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.UnitTests;

public sealed class ProgrammeRulesTests
{
    private static readonly Guid Programme = Guid.CreateVersion7();

    private static readonly PhaseRange Good = new(new Money(100), new Money(200), new Money(300));

    private static FundingRules Define(PhaseRange range, int percent) =>
        FundingRules.Define(Programme, new Dictionary<Phase, PhaseRange> { [Phase.Incubation] = range }, new CollectiveAllowance(percent));

    [Theory]
    [InlineData(1, 1, 1, true)]
    [InlineData(0, 1, 1, false)]
    [InlineData(100, 100, 100, true)]
    [InlineData(101, 100, 200, false)]
    [InlineData(100, 201, 200, false)]
    [InlineData(100, 99, 200, false)]
    [InlineData(100, 200, 200, true)]
    public void A_range_needs_0_below_min_below_or_at_default_below_or_at_max(long min, long @default, long max, bool wellFormed) =>
        Assert.Equal(wellFormed, new PhaseRange(new Money(min), new Money(max), new Money(@default)).IsWellFormed);

    [Fact]
    public void A_malformed_range_is_named_by_its_phase()
    {
        var error = Assert.Throws<RequestValidationException>(() => Define(new PhaseRange(new Money(200), new Money(300), new Money(100)), 0));

        Assert.Equal("ranges[Incubation]", Assert.Single(error.Violations).Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void The_collective_bonus_may_be_0_to_100_percent(int percent) =>
        Assert.Equal(percent, Define(new PhaseRange(new Money(100), new Money(300), new Money(200)), percent).Allowance.PercentAboveMax);

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_collective_bonus_outside_0_to_100_percent_is_refused(int percent)
    {
        var error = Assert.Throws<RequestValidationException>(() => Define(new PhaseRange(new Money(100), new Money(300), new Money(200)), percent));

        Assert.Equal("collective_allowance", Assert.Single(error.Violations).Field);
    }

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(2, 1, true)]
    [InlineData(1, 2, true)]
    public void Two_organisations_or_two_territories_make_a_candidacy_collective(int organisations, int territories, bool collective) =>
        Assert.Equal(collective, new Collectivity(organisations, territories).IsCollective);

    [Fact]
    public void The_raised_ceiling_is_rounded_down_to_the_cent()
    {
        var range = new PhaseRange(new Money(1), new Money(999), new Money(1));

        Assert.Equal(new Money(999 + 99), new CollectiveAllowance(10).CeilingFor(range, new Collectivity(2, 1)));
        Assert.Equal(new Money(999), new CollectiveAllowance(10).CeilingFor(range, Collectivity.Single));
        Assert.Equal(new Money(999), CollectiveAllowance.None.CeilingFor(range, new Collectivity(2, 1)));
    }
}
