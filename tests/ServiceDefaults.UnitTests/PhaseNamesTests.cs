using Defis.SharedKernel;

namespace Defis.ServiceDefaults.UnitTests;

/// <summary>Phases travel by name in events; every service reads them the same way.</summary>
public sealed class PhaseNamesTests
{
    [Theory]
    [InlineData("Exploration", Phase.Exploration)]
    [InlineData("incubation", Phase.Incubation)]
    [InlineData("EXPERIMENTATION", Phase.Experimentation)]
    public void A_phase_is_read_by_its_name_in_any_case(string name, Phase expected)
    {
        Assert.True(PhaseNames.TryParse(name, out var phase));
        Assert.Equal(expected, phase);
        Assert.Equal(expected, PhaseNames.FromEvent(name));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("5")]
    [InlineData("-1")]
    [InlineData("Experimentation2")]
    [InlineData("Amorçage")]
    [InlineData(" Incubation")]
    [InlineData("")]
    [InlineData(null)]
    public void Numbers_and_unknown_names_are_not_phases(string? name)
    {
        Assert.False(PhaseNames.TryParse(name, out var phase));
        Assert.Equal(default, phase);
        var breach = Assert.Throws<InvalidOperationException>(() => PhaseNames.FromEvent(name!));
        Assert.Contains($"'{name}'", breach.Message, StringComparison.Ordinal);
    }
}
