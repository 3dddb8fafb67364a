namespace Defis.Funding.Events;

/// <summary>Phases travel as their names in events ("Incubation").</summary>
internal static class PhaseOf
{
    public static Phase Parse(string name) =>
        Enum.TryParse<Phase>(name, ignoreCase: true, out var phase) && Enum.IsDefined(phase)
            ? phase
            : throw new InvalidOperationException($"Unknown phase '{name}' in an event.");
}
