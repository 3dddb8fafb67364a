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
    /// <summary>
    /// A phase as events and requests carry it, by name ("Incubation", any case). Numbers and unknown names are
    /// refused: <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> alone would take "5" for a phase.
    /// </summary>
    public static bool TryParse(string? name, out Phase phase)
    {
        phase = default;
        return name is { Length: > 0 } && char.IsAsciiLetter(name[0])
            && Enum.TryParse(name, ignoreCase: true, out phase) && Enum.IsDefined(phase);
    }

    /// <summary>A phase named by another service's event: an unknown one is a breach of contract, not bad input.</summary>
    public static Phase FromEvent(string name) =>
        TryParse(name, out var phase) ? phase : throw new InvalidOperationException($"Unknown phase '{name}' in an event.");

    /// <summary>The phase as people read it, e.g. in an error message or a notification.</summary>
    public static string InFrench(this Phase phase) => phase switch
    {
        Phase.Exploration => "exploration",
        Phase.Incubation => "incubation",
        Phase.Experimentation => "expérimentation",
        _ => phase.ToString(),
    };
}
