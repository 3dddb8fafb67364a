namespace Defis.Funding.Domain;

/// <summary>Funding is incremental: a dossier enters each phase by a jury decision and each phase is funded on its own.</summary>
public enum Phase
{
    Exploration = 1,
    Incubation = 2,
    Experimentation = 3,
}

public static class PhaseNames
{
    /// <summary>The phase as people read it, e.g. in an error message.</summary>
    public static string InFrench(this Phase phase) => phase switch
    {
        Phase.Exploration => "exploration",
        Phase.Incubation => "incubation",
        Phase.Experimentation => "expérimentation",
        _ => phase.ToString(),
    };
}
