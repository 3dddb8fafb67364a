namespace Defis.Accompaniment.Domain.Plans;

/// <summary>The phase a laureate is coached in; each has its own plan (same numbering as the Funding service).</summary>
public enum Phase
{
    Exploration = 1,
    Incubation = 2,
    Experimentation = 3,
}

public static class PhaseNames
{
    public static string InFrench(this Phase phase) => phase switch
    {
        Phase.Exploration => "exploration",
        Phase.Incubation => "incubation",
        Phase.Experimentation => "expérimentation",
        _ => phase.ToString(),
    };
}
