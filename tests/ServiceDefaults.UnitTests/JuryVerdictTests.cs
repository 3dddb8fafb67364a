using Defis.SharedKernel.Decisions;

namespace Defis.ServiceDefaults.UnitTests;

public sealed class JuryVerdictTests
{
    private static readonly DateTimeOffset Released = new(2021, 12, 6, 18, 0, 0, TimeSpan.FromHours(1));
    private static readonly Guid First = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    private static readonly Guid Second = Guid.Parse("0193a000-0000-7000-8000-000000000002");

    [Fact]
    public void Anything_supersedes_nothing()
    {
        Assert.True(new JuryVerdict(First, 1, Released, Selected: false).Supersedes(null));
    }

    [Fact]
    public void A_higher_revision_wins_even_if_released_earlier_by_the_clock()
    {
        var original = new JuryVerdict(First, 1, Released, Selected: true);
        var correction = new JuryVerdict(Second, 2, Released.AddMinutes(-5), Selected: false);

        Assert.True(correction.Supersedes(original));
        Assert.False(original.Supersedes(correction));
    }

    [Fact]
    public void The_same_verdict_delivered_again_supersedes_nothing()
    {
        var verdict = new JuryVerdict(First, 2, Released, Selected: true);

        Assert.False(verdict.Supersedes(verdict with { }));
    }

    [Theory]
    [InlineData(1, 0, false)]
    [InlineData(0, 1, true)]
    public void At_one_revision_the_later_release_then_the_later_decision_id_wins(int earlierBySeconds, int idOrder, bool expected)
    {
        var known = new JuryVerdict(First, 1, Released, Selected: true);
        var arriving = new JuryVerdict(idOrder == 1 ? Second : First, 1, Released.AddSeconds(-earlierBySeconds), Selected: false);

        Assert.Equal(expected, arriving.Supersedes(known));
        Assert.Equal(!expected && earlierBySeconds > 0, known.Supersedes(arriving));
    }
}
