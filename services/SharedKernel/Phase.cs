namespace Defis.SharedKernel;

/// <summary>
/// The phases of a call. Funding is incremental: a dossier enters a phase only by a jury decision,
/// each phase is funded and coached on its own. One numbering for every service and every event.
/// </summary>
public enum Phase
{
    Exploration = 1,
    Incubation = 2,
    Experimentation = 3,
}

public static class PhaseNames
{
    /// <summary>The phase as people read it, e.g. in an error message or a notification.</summary>
    public static string InFrench(this Phase phase) => phase switch
    {
        Phase.Exploration => "exploration",
        Phase.Incubation => "incubation",
        Phase.Experimentation => "expérimentation",
        _ => phase.ToString(),
    };
}
