using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

public sealed class ReferenceListsTests
{
    [Fact]
    public void The_reference_calls_carry_their_announced_amounts()
    {
        var y2018 = ReferenceProgrammes.CartesBlanches2018;
        var y2021 = ReferenceProgrammes.CoConstruction2021;

        Assert.Equal((0, 25_000_00), (y2018.PhaseOf(Phase.Incubation)!.MinGrantCents, y2018.PhaseOf(Phase.Incubation)!.MaxGrantCents));
        Assert.Equal((150_000_00, 250_000_00), (y2018.PhaseOf(Phase.Experimentation)!.MinGrantCents, y2018.PhaseOf(Phase.Experimentation)!.MaxGrantCents));
        Assert.Equal(1_500_000_00, y2018.EnvelopeCents);
        Assert.Equal((70_000_00, 120_000_00), (y2021.FloorCents, y2021.CeilingCents(collective: false)));
        Assert.Equal(180_000_00, y2021.CeilingCents(collective: true));
        Assert.Equal(3_000_000_00, y2021.EnvelopeCents);
        Assert.True(y2021.EuropeanProvidersOnly);
        Assert.All(ReferenceProgrammes.All, t => Assert.All(t.Themes, theme => Assert.False(string.IsNullOrWhiteSpace(theme))));
        Assert.All(ReferenceProgrammes.All, t => Assert.Equal(t.Themes.Count, t.Themes.Distinct().Count()));
    }
}
