namespace Defis.Jury.Domain;

/// <summary>
/// A phase of a programme. On a panel, a grid, a ranking or a decision it names the phase whose
/// laureates are being chosen (e.g. the Incubation panel picks the 24 who enter incubation).
/// </summary>
public enum Phase
{
    Exploration = 1,
    Incubation = 2,
    Experimentation = 3,
}
